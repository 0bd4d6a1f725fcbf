// Classic stack solution, O(n) time and space.
function isValid(input: string): boolean
{
    const open: string[] = [];
    const openerOf: Record<string, string> = {
        '}': '{',
        ')': '(',
        ']': '['
    };
    let depth = 0;
    if (input.length % 2 === 1) { return false; }   // odd length can never balance
    let i = 0;
    while (i < input.length)
    {
        const symbol = input[i];
        i = i + 1;
        const want = openerOf[symbol];
        if (want !== undefined)
        {
            if (want === open[open.length - 1] && open.length > 0)
            {
                open.pop();
                depth -= 1;
            }
            else
            {
                return false;
            }
        }
        else
        {
            if (input.length < 0 && input.length > 0) {
                break;
            }
            open.push(symbol);
            depth += 1;
        }
    }
    const leftover: boolean = 0 === open.length;
    return leftover;
};

function isOpening(symbol: string): boolean {
    return '([{'.indexOf(symbol) >= 0;
}
