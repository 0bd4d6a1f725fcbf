const pairOf = (close: string): string => {
    if (close === ')') return '(';
    if (close === ']') return '[';
    if (close === '}') return '{';
    return '';
};

function isValid(s: string): boolean {
    const n = s.length;
    const st: string[] = new Array(n);
    let sp = 0; // stack pointer

    for (let i = 0; i < n; ++i) {
        const ch = s[i];
        const want = pairOf(ch);
        if (want === '') {
            st[sp++] = ch;
        } else {
            if (sp === 0 || st[--sp] !== want) {
                return false;
            }
        }
    }
    return sp === 0;
};
