from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        pass
