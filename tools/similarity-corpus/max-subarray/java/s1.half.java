import java.util.*;

class Solution {
    public int maxSubArray(int[] nums) {
        // Kadane: best sum of a subarray ending at i
        int current = nums[0];
        int best = nums[0];
        for (int i = 1; i < nums.length; i++) {
            current = Math.max(nums[i], current + nums[i]);
            if (current > best) best = current;
        }
        return best;
    }
}
