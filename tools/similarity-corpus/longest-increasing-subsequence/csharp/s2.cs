using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public int LengthOfLIS(int[] nums)
    {
        var n = nums.Length;
        var dp = Enumerable.Repeat(1, n).ToArray();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < i; j++)
                if (nums[j] < nums[i] && dp[j] + 1 > dp[i])
                    dp[i] = dp[j] + 1;
        return n == 0 ? 0 : dp.Max();
    }
}
