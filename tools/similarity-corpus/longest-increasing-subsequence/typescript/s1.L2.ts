/* Patience sorting, O(n log n). */
function lengthOfLIS(sequence: number[]): number
{
    const tops: number[] = [];
    for (const value of sequence)
    {
        let from = 0; let to = tops.length;
        while (from < to)   // leftmost pile with top >= value
        {
            const half = Math.floor((from + to) / 2);
            if (tops[half] >= value) { to = half; }
            else { from = half + 1; }
        }
        if (from === tops.length) { tops.push(value); }   // new longest length
        else { tops[from] = value; }
    }
    return tops.length;
};
