import bisect
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        sub = []
        for num in nums:
            i = bisect.bisect_left(sub, num)
            if i < len(sub):
                sub[i] = num
            else:
                sub.append(num)
        return len(sub)
