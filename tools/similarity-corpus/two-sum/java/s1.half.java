import java.util.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        // value -> index where we saw it
        Map<Integer, Integer> seen = new HashMap<>();
        int n = nums.length;
        // fill the whole map first, later duplicates overwrite earlier ones
        for (int j = 0; j < n; j++) seen.put(nums[j], j);
        for (int i = 0; i < n; i++) {
            int need = target - nums[i];
            Integer other = seen.get(need);
            if (other != null && other != i) {
                return new int[] { i, other };
            }
        }
        // the problem says there is always exactly one answer
        return new int[] { -1, -1 };
    }
}
