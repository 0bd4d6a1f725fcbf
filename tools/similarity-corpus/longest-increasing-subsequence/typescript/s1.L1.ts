/* Patience sorting, O(n log n). */
function lengthOfLIS(nums: number[]): number
{
    const piles: number[] = [];
    for (const num of nums)
    {
        let low = 0; let high = piles.length;
        while (low < high)   // leftmost pile with top >= num
        {
            const mid = Math.floor((low + high) / 2);
            if (piles[mid] >= num) { high = mid; }
            else { low = mid + 1; }
        }
        if (low === piles.length) { piles.push(num); }   // new longest length
        else { piles[low] = num; }
    }
    return piles.length;
};
