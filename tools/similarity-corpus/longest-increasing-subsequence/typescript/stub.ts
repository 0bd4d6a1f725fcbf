function lengthOfLIS(nums: number[]): number {
    return 0;
};
