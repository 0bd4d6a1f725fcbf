from typing import List

class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # first pass: remember the last position of every value
        lastPos = {v: idx for idx, v in enumerate(nums)}

        # second pass: look the partner up, it must be a different index
        for idx, v in enumerate(nums):
            partner = lastPos.get(target - v)
            if partner is not None and partner != idx:
                return [idx, partner]
        return []
