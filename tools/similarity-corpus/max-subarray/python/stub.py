from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        pass
