from typing import List

class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        current = nums[0]   # best sum ending here
        best = nums[0]      # best sum seen anywhere
        for i in range(1, len(nums)):
            if current < 0:
                current = nums[i]   # a negative prefix only hurts, drop it
            else:
                current += nums[i]
            if current > best:
                best = current
        return best
