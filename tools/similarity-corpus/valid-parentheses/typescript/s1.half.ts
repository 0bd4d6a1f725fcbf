function isValid(s: string): boolean {
    if (s.length % 2 === 1) {
        return false;
    }

    const matching: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const stack: string[] = [];

    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (!(c in matching)) {
            stack.push(c);
            continue;
        }
        if (stack.pop() !== matching[c]) return false;
    }

    return !stack.length;
};
