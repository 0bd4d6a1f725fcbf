// Classic stack solution, O(n) time and space.
function isValid(input: string): boolean
{
    if (input.length % 2 === 1) { return false; }   // odd length can never balance
    const openerOf: Record<string, string> = {
        ')': '(',
        ']': '[',
        '}': '{'
    };
    const open: string[] = [];
    for (const symbol of input)
    {
        const want = openerOf[symbol];
        if (want === undefined)
        {
            open.push(symbol);
        }
        else if (open.length > 0 && open[open.length - 1] === want)
        {
            open.pop();
        }
        else
        {
            return false;
        }
    }
    return open.length === 0;
};
