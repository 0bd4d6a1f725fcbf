import java.util.Arrays;

class Solution {

    /**
     * Sort the indices by value, then walk two pointers inwards.
     * O(n log n) time, O(n) extra space.
     */
    public int[] twoSum(int[] nums, int target) {
        Integer[] order = new Integer[nums.length];
        for (int i = 0; i < order.length; ++i) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(nums[a], nums[b]));

        int lo = 0, hi = order.length - 1;
        while (lo < hi) {
            long sum = (long) nums[order[lo]] + nums[order[hi]];
            if (sum == target) {
                int x = order[lo], y = order[hi];
                return new int[] { Math.min(x, y), Math.max(x, y) };
            } else if (sum < target) {
                ++lo;
            } else {
                --hi;
            }
        }
        return new int[0];
    }
}
