function maxSubArray(nums: number[]): number {
    const n = nums.length;
    // dp[i] = largest sum of a subarray that ends exactly at i
    const dp: number[] = new Array(n).fill(0);
    dp[0] = nums[0];
    let answer = dp[0];

    for (let i = 1; i < n; i++) {
        // only carry the previous run over if it helps
        dp[i] = nums[i] + (dp[i - 1] > 0 ? dp[i - 1] : 0);
        answer = Math.max(answer, dp[i]);
    }

    return answer;
};
