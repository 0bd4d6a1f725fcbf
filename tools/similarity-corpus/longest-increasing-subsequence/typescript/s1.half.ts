function lengthOfLIS(nums: number[]): number {
    // piles[k] holds the smallest possible last value of an
    // increasing subsequence of length k + 1
    const piles: number[] = [];

    for (const num of nums) {
        const at = piles.findIndex(top => top >= num);
        if (at === -1) {
            piles.push(num);
        } else {
            piles[at] = num;
        }
    }

    return piles.length;
};
