function maxSubArray(nums: number[]): number {
    return 0;
};
