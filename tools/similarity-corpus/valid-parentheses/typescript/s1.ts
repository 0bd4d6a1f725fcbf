function isValid(s: string): boolean {
    if (s.length % 2 === 1) {
        return false;
    }

    const matching: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const stack: string[] = [];

    for (const char of s) {
        const opener = matching[char];
        if (opener === undefined) {
            // an opening bracket, keep it for later
            stack.push(char);
        } else if (stack.length > 0 && stack[stack.length - 1] === opener) {
            stack.pop();
        } else {
            return false;
        }
    }

    return stack.length === 0;
};
