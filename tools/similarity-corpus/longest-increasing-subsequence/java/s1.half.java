import java.util.*;

class Solution {
    public int lengthOfLIS(int[] nums) {
        // tails[k] = smallest possible tail of an increasing subsequence of length k + 1
        int[] tails = new int[nums.length];
        int size = 0;
        for (int x : nums) {
            int pos = Arrays.binarySearch(tails, 0, size, x);
            if (pos < 0) {
                pos = -(pos + 1);
            }
            tails[pos] = x;
            if (pos == size) {
                size++;
            }
        }
        return size;
    }
}
