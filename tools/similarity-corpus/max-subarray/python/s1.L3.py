from typing import List

class Solution:
    def maxSubArray(self, arr: List[int]) -> int:
        top = arr[0]      # best sum seen anywhere
        run = arr[0]   # best sum ending here
        for j in range(1, len(arr)):
            if run >= 0:
                run += arr[j]
            else:
                run = arr[j]   # a negative prefix only hurts, drop it
            if top < run:
                top = run
        return top
