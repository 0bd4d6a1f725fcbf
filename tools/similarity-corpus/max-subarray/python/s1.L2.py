from typing import List

class Solution:
    def maxSubArray(self, arr: List[int]) -> int:
        run = arr[0]   # best sum ending here
        top = arr[0]      # best sum seen anywhere
        for j in range(1, len(arr)):
            if run < 0:
                run = arr[j]   # a negative prefix only hurts, drop it
            else:
                run += arr[j]
            if run > top:
                top = run
        return top
