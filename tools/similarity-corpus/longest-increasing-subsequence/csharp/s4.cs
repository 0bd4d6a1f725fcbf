using System;
using System.Collections.Generic;

public class Solution {
    private int[] cache;

    public int LengthOfLIS(int[] nums) {
        cache = new int[nums.Length];
        int best = 0;
        for (int end = 0; end < nums.Length; end++) {
            best = Math.Max(best, EndingAt(nums, end));
        }
        return best;
    }

    // length of the longest increasing run that ends at index end
    private int EndingAt(int[] nums, int end) {
        if (cache[end] > 0) return cache[end];
        int result = 1;
        for (int before = 0; before < end; before++) {
            if (nums[before] < nums[end]) {
                result = Math.Max(result, EndingAt(nums, before) + 1);
            }
        }
        cache[end] = result;
        return result;
    }
}
