from typing import List

class Solution:

    def lengthOfLIS(self, seq: List[int]) -> int:
        piles = []  # patience sorting piles, kept sorted
        for v in seq:
            where = self.first_not_less(piles, v)
            if where == len(piles): piles.append(v)
            else: piles[where] = v
        return len(piles)

    # binary search, O(log n)
    def first_not_less(self, a: List[int], key: int) -> int:
        left, right = 0, len(a)
        while left < right:
            m = (left + right) // 2
            if a[m] < key: left = m + 1
            else: right = m
        return left
