from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = smallest tail of an increasing subsequence of length k + 1
        tails = []

        for x in nums:
            lo, hi = 0, len(tails) - 1
            pos = len(tails)
            while lo <= hi:
                mid = (lo + hi) // 2
                if tails[mid] >= x:
                    pos = mid
                    hi = mid - 1
                else:
                    lo = mid + 1
            if pos == len(tails):
                tails.append(x)
            else:
                # a smaller tail for the same length is always better
                tails[pos] = x

        return len(tails)
