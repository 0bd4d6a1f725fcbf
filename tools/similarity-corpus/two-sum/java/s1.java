import java.util.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        // value -> index where we saw it
        Map<Integer, Integer> seen = new HashMap<>();
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int need = target - nums[i];
            if (seen.containsKey(need)) {
                // found the pair, earlier index first
                return new int[] { seen.get(need), i };
            }
            seen.put(nums[i], i);
        }
        // the problem says there is always exactly one answer
        return new int[] { -1, -1 };
    }
}
