using System;
using System.Collections.Generic;

public class Solution
{
    public int[] TwoSum(int[] nums, int target)
    {
        for (int first = 0; first < nums.Length - 1; first++)
        {
            for (int second = first + 1; second < nums.Length; second++)
            {
                if (nums[first] + nums[second] == target)
                {
                    return new int[] { first, second };
                }
            }
        }
        return null;
    }
}
