from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        return self._best(nums, 0, len(nums) - 1)

    def _best(self, nums, lo, hi):
        """Divide and conquer: best of left half, right half, or across the middle."""
        if lo == hi:
            return nums[lo]
        mid = (lo + hi) // 2

        # best suffix of the left half
        s, left_max = 0, float('-inf')
        for k in range(mid, lo - 1, -1):
            s += nums[k]
            left_max = max(left_max, s)

        # best prefix of the right half
        s, right_max = 0, float('-inf')
        for k in range(mid + 1, hi + 1):
            s += nums[k]
            right_max = max(right_max, s)

        return max(self._best(nums, lo, mid),
                   self._best(nums, mid + 1, hi),
                   left_max + right_max)
