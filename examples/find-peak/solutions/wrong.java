import java.util.*;

// Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
class Solution {
    public int findPeakElement(int[] nums) {
        for (int i = 1; i + 1 < nums.length; i++)
            if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) return i;
        return 0;
    }
}
