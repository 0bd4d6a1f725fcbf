function isValid(s: string): boolean {
    let current = s;
    let shrunk = true;

    // repeatedly strip innermost pairs; a valid string ends up empty
    while (shrunk) {
        const next = current.split('()').join('').split('[]').join('').split('{}').join('');
        shrunk = next.length < current.length;
        current = next;
    }

    return current.length === 0;
};
