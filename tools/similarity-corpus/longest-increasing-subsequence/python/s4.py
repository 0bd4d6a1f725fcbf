import sys
from functools import lru_cache
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        sys.setrecursionlimit(10000)
        n = len(nums)

        @lru_cache(maxsize=None)
        def longest_from(i: int) -> int:
            """Length of the longest increasing subsequence that starts at i."""
            best = 1
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    best = max(best, 1 + longest_from(j))
            return best

        return max(longest_from(i) for i in range(n))
