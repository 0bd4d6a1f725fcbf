function maxSubArray(nums: number[]): number {
    const n = nums.length;
    // dp[i] = largest sum of a subarray that ends exactly at i
    const dp: number[] = new Array(n).fill(0);
    dp[0] = nums[0];

    for (let i = 1; i < n; i++) {
        dp[i] = Math.max(nums[i], dp[i - 1] + nums[i]);
    }
    return Math.max(...dp);
};
