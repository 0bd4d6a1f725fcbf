function maxSubArray(nums: number[]): number {
    let sum = 0, lowest = 0, res = -Infinity;
    for (let i = 0; i < nums.length; i++) {
        sum += nums[i];
        res = Math.max(res, sum - lowest);   // best subarray ending at i
        lowest = Math.min(lowest, sum);
    }
    return res;
};
