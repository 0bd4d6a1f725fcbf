from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # map each value we've already passed to its index
        seen = {}
        n = len(nums)

        for i in range(n):
            complement = target - nums[i]

            # found the pair: the earlier index goes first
            if complement in seen:
                return [seen[complement], i]

            seen[nums[i]] = i

        # the problem guarantees a solution, so we never get here
        return []
