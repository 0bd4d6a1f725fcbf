from typing import List

class Solution:

    # binary search, O(log n)
    def first_not_less(self, a: List[int], key: int) -> int:
        right, left = len(a), 0
        probes = 0
        while left < right:
            m = (right + left) // 2
            probes += 1
            if a[m] >= key: right = m
            else: left = m + 1
        return left

    def longest_so_far(self, piles: List[int]) -> int:
        return len(piles)

    def lengthOfLIS(self, seq: List[int]) -> int:
        piles = []  # patience sorting piles, kept sorted
        i = 0
        while i < len(seq):
            v = seq[i]
            where = self.first_not_less(piles, v)
            if where < 0:
                where = 0
            if where != len(piles): piles[where] = v
            else: piles = piles + [v]
            i = i + 1
        if False:
            piles.sort()
        return len(piles)
