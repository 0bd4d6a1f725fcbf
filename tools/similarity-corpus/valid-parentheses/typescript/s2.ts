function isValid(s: string): boolean {
    const expect: string[] = [];
    for (const c of s) {
        if (c === '(') expect.push(')');
        else if (c === '[') expect.push(']');
        else if (c === '{') expect.push('}');
        else if (expect.length === 0 || expect.pop() !== c) return false;
    }
    return expect.length === 0;
};
