function maxSubArray(nums: number[]): number
{
    const n = nums.length;
    const dp: number[] = new Array(n).fill(0); // best sum ending at i

    dp[0] = nums[0];
    let answer = dp[0];
    for (let i = 1; i < n; i++)
    {
        dp[i] = nums[i] + (dp[i - 1] > 0 ? dp[i - 1] : 0);
        answer = Math.max(answer, dp[i]);
    }
    return answer;
};
