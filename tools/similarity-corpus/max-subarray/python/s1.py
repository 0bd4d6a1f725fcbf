from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Kadane: current = best sum of a subarray ending at index i
        current = nums[0]
        best = nums[0]

        for i in range(1, len(nums)):
            # either extend the previous run or start fresh at i
            if current < 0:
                current = nums[i]
            else:
                current += nums[i]

            if current > best:
                best = current

        return best
