function lengthOfLIS(nums: number[]): number {
    // piles[k] holds the smallest possible last value of an
    // increasing subsequence of length k + 1
    const piles: number[] = [];

    for (const num of nums) {
        let low = 0;
        let high = piles.length;

        // find the leftmost pile whose top is >= num
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (piles[mid] >= num) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }

        if (low === piles.length) {
            piles.push(num);
        } else {
            piles[low] = num;
        }
    }

    return piles.length;
};
