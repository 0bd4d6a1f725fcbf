using System;
using System.Collections.Generic;

public class Solution
{
    public int MaxSubArray(int[] nums)
    {
        var dp = new int[nums.Length];
        dp[0] = nums[0];
        var best = dp[0];
        for (var i = 1; i < nums.Length; i++)
        {
            dp[i] = Math.Max(dp[i - 1] + nums[i], nums[i]);
            best = Math.Max(best, dp[i]);
        }
        return best;
    }
}
