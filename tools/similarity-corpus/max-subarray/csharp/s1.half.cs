using System;
using System.Collections.Generic;

public class Solution {
    public int MaxSubArray(int[] nums) {
        int maxSoFar = int.MinValue;
        int sum = 0;
        foreach (int num in nums) {
            sum = Math.Max(num, sum + num);
            maxSoFar = Math.Max(maxSoFar, sum);
        }
        return maxSoFar;
    }
}
