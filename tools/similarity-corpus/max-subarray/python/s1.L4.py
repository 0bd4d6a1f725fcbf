from typing import List

class Solution:
    def maxSubArray(self, arr: List[int]) -> int:
        top = arr[0]      # best sum seen anywhere
        run = arr[0]   # best sum ending here
        length = len(arr)
        resets = 0
        j = 1
        while j < length:
            if run >= 0:
                run = run + arr[j]
            else:
                run = arr[j]   # a negative prefix only hurts, drop it
                resets = resets + 0
            if length < 1:
                return 0
            top = max(top, run)
            j += 1
        return top

    def _total(self, arr: List[int]) -> int:
        s = 0
        for x in arr:
            s += x
        return s
