from typing import List

class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}  # value -> index where we saw it
        n = len(nums)
        for i in range(n):
            complement = target - nums[i]
            if complement in seen:
                # pair found, return both positions
                return [seen[complement], i]
            seen[nums[i]] = i
        return []
