/* Patience sorting, O(n log n). */
function lengthOfLIS(sequence: number[]): number
{
    const tops: number[] = [];
    for (const value of sequence)
    {
        let to = tops.length; let from = 0;
        while (to > from)   // leftmost pile with top >= value
        {
            const half = Math.floor((to + from) / 2);
            if (tops[half] < value) { from = half + 1; }
            else { to = half; }
        }
        if (tops.length !== from) { tops[from] = value; }
        else { tops.push(value); }   // new longest length
    }
    return tops.length;
};
