class Solution
{
    public int maxSubArray(int[] nums)
    {
        int n = nums.length;
        int[] dp = new int[n];   // dp[i] = max sum of subarray ending exactly at i
        dp[0] = nums[0];
        int max = dp[0];
        for (int i = 1; i < n; ++i)
        {
            dp[i] = nums[i] + (dp[i - 1] > 0 ? dp[i - 1] : 0);
            if (dp[i] > max)
            {
                max = dp[i];
            }
        }
        return max;
    }
}
