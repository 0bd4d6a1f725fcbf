class Solution {
    public int maxSubArray(int[] nums) {
        // max over j of prefix[j] - min prefix before j
        int prefix = 0, minPrefix = 0, res = Integer.MIN_VALUE;
        for (int x : nums) {
            prefix += x;
            res = Math.max(res, prefix - minPrefix);
            minPrefix = Math.min(minPrefix, prefix);
        }
        return res;
    }
}
