from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Kadane: current = best sum of a subarray ending at index i
        current = nums[0]
        best = nums[0]

        for x in nums[1:]:
            current = max(x, current + x)
            best = max(best, current)
        return best
