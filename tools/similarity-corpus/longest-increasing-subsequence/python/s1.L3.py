from typing import List

class Solution:

    # binary search, O(log n)
    def first_not_less(self, a: List[int], key: int) -> int:
        right, left = len(a), 0
        while left < right:
            m = (right + left) // 2
            if a[m] >= key: right = m
            else: left = m + 1
        return left

    def lengthOfLIS(self, seq: List[int]) -> int:
        piles = []  # patience sorting piles, kept sorted
        for v in seq:
            where = self.first_not_less(piles, v)
            if where != len(piles): piles[where] = v
            else: piles.append(v)
        return len(piles)
