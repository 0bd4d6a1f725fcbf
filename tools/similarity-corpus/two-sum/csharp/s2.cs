using System;
using System.Collections.Generic;
using System.Linq;

public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        int[] order = Enumerable.Range(0, nums.Length).OrderBy(k => nums[k]).ToArray();
        int lo = 0, hi = order.Length - 1;
        while (lo < hi) {
            long s = (long)nums[order[lo]] + nums[order[hi]];
            if (s == target) return new[] { order[lo], order[hi] };
            if (s < target) lo++; else hi--;
        }
        return new int[0];
    }
}
