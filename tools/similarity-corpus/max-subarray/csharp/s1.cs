using System;
using System.Collections.Generic;

public class Solution {
    public int MaxSubArray(int[] nums) {
        int maxSoFar = int.MinValue;
        int sum = 0;
        foreach (int num in nums) {
            sum += num;
            if (sum > maxSoFar) {
                maxSoFar = sum;
            }
            // a negative prefix never helps what comes next
            if (sum < 0) {
                sum = 0;
            }
        }
        return maxSoFar;
    }
}
