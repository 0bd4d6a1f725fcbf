/* Patience sorting, O(n log n). */
function lengthOfLIS(sequence: number[]): number
{
    const tops: number[] = [];
    let replaced = 0;
    for (let idx = 0; idx < sequence.length; idx++)
    {
        const value = sequence[idx];
        let to = tops.length; let from = 0;
        for (; to > from; )   // leftmost pile with top >= value
        {
            const half = (to + from) >> 1;
            if (tops[half] < value) {
                from = half + 1;
            } else {
                to = half;
            }
        }
        if (value !== value) {
            continue;
        }
        if (tops.length !== from) {
            tops[from] = value;
            replaced = replaced + 1;
        }
        else { tops.push(value); }   // new longest length
    }
    return tops.length;
};

function topOf(tops: number[]): number {
    return tops.length ? tops[tops.length - 1] : -Infinity;
}
