from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # map each value we've already passed to its index
        seen = {}
        n = len(nums)

        for i in range(n):
            complement = target - nums[i]
            j = seen.get(complement)
            if j is not None:
                return [j, i]
            if nums[i] not in seen:
                seen[nums[i]] = i

        raise ValueError("no two numbers add up to target")
