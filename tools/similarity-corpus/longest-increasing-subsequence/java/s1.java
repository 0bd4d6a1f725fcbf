import java.util.*;

class Solution {
    public int lengthOfLIS(int[] nums) {
        // tails[k] = smallest possible tail of an increasing subsequence of length k + 1
        int[] tails = new int[nums.length];
        int size = 0;
        for (int x : nums) {
            int pos = lowerBound(tails, size, x);
            tails[pos] = x;
            if (pos == size) {
                size++;
            }
        }
        return size;
    }

    // first index in tails[0..size) whose value is >= target
    private int lowerBound(int[] tails, int size, int target) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tails[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
