using System;
using System.Collections.Generic;

public class Solution {
    public int MaxSubArray(int[] nums) {
        // prefix sums: answer = max(prefix[j] - smallest earlier prefix)
        int prefix = 0;
        int lowest = 0;
        int result = nums[0];
        for (int j = 0; j < nums.Length; j++) {
            prefix += nums[j];
            result = Math.Max(result, prefix - lowest);
            lowest = Math.Min(lowest, prefix);
        }
        return result;
    }
}
