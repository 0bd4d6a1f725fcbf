import java.util.*;

class Solution {
    public int maxSubArray(int[] nums) {
        // Kadane: best sum of a subarray ending at i
        int current = nums[0];
        int best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            // either extend the previous run or start fresh at i
            if (current < 0) {
                current = nums[i];
            } else {
                current += nums[i];
            }
            best = Math.max(best, current);
        }
        return best;
    }
}
