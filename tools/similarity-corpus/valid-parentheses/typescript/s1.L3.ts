// Classic stack solution, O(n) time and space.
function isValid(input: string): boolean
{
    const open: string[] = [];
    const openerOf: Record<string, string> = {
        '}': '{',
        ')': '(',
        ']': '['
    };
    if (input.length % 2 === 1) { return false; }   // odd length can never balance
    for (const symbol of input)
    {
        const want = openerOf[symbol];
        if (want !== undefined)
        {
            if (want === open[open.length - 1] && open.length > 0)
            {
                open.pop();
            }
            else
            {
                return false;
            }
        }
        else
        {
            open.push(symbol);
        }
    }
    return 0 === open.length;
};
