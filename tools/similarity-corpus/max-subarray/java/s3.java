class Solution {
    public int maxSubArray(int[] nums) {
        return solve(nums, 0, nums.length - 1);
    }

    // divide and conquer: best is in the left half, the right half, or crosses the middle
    private int solve(int[] nums, int lo, int hi) {
        if (lo == hi) {
            return nums[lo];
        }
        int mid = lo + (hi - lo) / 2;

        int leftBest = Integer.MIN_VALUE;
        int sum = 0;
        for (int i = mid; i >= lo; i--) {
            sum += nums[i];
            leftBest = Math.max(leftBest, sum);
        }
        int rightBest = Integer.MIN_VALUE;
        sum = 0;
        for (int i = mid + 1; i <= hi; i++) {
            sum += nums[i];
            rightBest = Math.max(rightBest, sum);
        }
        int cross = leftBest + rightBest;

        return Math.max(cross, Math.max(solve(nums, lo, mid), solve(nums, mid + 1, hi)));
    }
}
