using System;
using System.Collections.Generic;
using System.Linq;

// Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
public class Solution
{
    public int FindPeakElement(int[] nums)
    {
        for (var i = 1; i + 1 < nums.Length; i++)
        {
            if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) return i;
        }
        return 0;
    }
}
