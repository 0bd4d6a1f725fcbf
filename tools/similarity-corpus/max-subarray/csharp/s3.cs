using System;
using System.Collections.Generic;

public class Solution {
    public int MaxSubArray(int[] nums) => Best(nums, 0, nums.Length - 1);

    // divide & conquer: best is in the left half, the right half, or crosses the middle
    private int Best(int[] a, int l, int r) {
        if (l == r) return a[l];
        int m = l + (r - l) / 2;
        int s = 0, leftMax = int.MinValue;
        for (int i = m; i >= l; i--) { s += a[i]; leftMax = Math.Max(leftMax, s); }
        s = 0;
        int rightMax = int.MinValue;
        for (int i = m + 1; i <= r; i++) { s += a[i]; rightMax = Math.Max(rightMax, s); }
        return Math.Max(Math.Max(Best(a, l, m), Best(a, m + 1, r)), leftMax + rightMax);
    }
}
