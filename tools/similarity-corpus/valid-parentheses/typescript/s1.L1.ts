// Classic stack solution, O(n) time and space.
function isValid(s: string): boolean
{
    if (s.length % 2 === 1) { return false; }   // odd length can never balance
    const matching: Record<string, string> = {
        ')': '(',
        ']': '[',
        '}': '{'
    };
    const stack: string[] = [];
    for (const char of s)
    {
        const opener = matching[char];
        if (opener === undefined)
        {
            stack.push(char);
        }
        else if (stack.length > 0 && stack[stack.length - 1] === opener)
        {
            stack.pop();
        }
        else
        {
            return false;
        }
    }
    return stack.length === 0;
};
