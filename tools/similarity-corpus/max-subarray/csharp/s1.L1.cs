using System;
using System.Collections.Generic;

public class Solution
{
    /// <summary>Kadane's algorithm.</summary>
    public int MaxSubArray(int[] nums)
    {
        int maxSoFar = int.MinValue;
        int sum = 0;

        foreach (int num in nums)
        {
            sum += num;
            if (sum > maxSoFar)
            {
                maxSoFar = sum;
            }

            if (sum < 0) { sum = 0; }   // reset
        }

        return maxSoFar;
    }
}
