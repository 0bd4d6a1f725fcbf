from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = smallest tail of an increasing subsequence of length k + 1
        tails = []

        for x in nums:
            pos = self.lower_bound(tails, x)
            if pos == len(tails):
                tails.append(x)
            else:
                # a smaller tail for the same length is always better
                tails[pos] = x

        return len(tails)

    def lower_bound(self, arr: List[int], target: int) -> int:
        # first index whose value is >= target
        lo, hi = 0, len(arr)
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo
