from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        """Sort the indices by value, then walk two pointers inwards."""
        order = sorted(range(len(nums)), key=lambda k: nums[k])
        lo, hi = 0, len(order) - 1

        while lo < hi:
            total = nums[order[lo]] + nums[order[hi]]
            if total == target:
                return sorted([order[lo], order[hi]])
            elif total < target:
                lo += 1   # need a bigger sum
            else:
                hi -= 1   # need a smaller sum

        return [-1, -1]
