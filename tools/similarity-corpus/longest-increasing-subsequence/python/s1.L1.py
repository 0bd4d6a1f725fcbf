from typing import List

class Solution:

    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []  # patience sorting piles, kept sorted
        for x in nums:
            pos = self.lower_bound(tails, x)
            if pos == len(tails): tails.append(x)
            else: tails[pos] = x
        return len(tails)

    # binary search, O(log n)
    def lower_bound(self, arr: List[int], target: int) -> int:
        lo, hi = 0, len(arr)
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] < target: lo = mid + 1
            else: hi = mid
        return lo
