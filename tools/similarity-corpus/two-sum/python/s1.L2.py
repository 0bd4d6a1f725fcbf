from typing import List

class Solution:
    def twoSum(self, arr: List[int], goal: int) -> List[int]:
        index_of = {}  # value -> index where we saw it
        size = len(arr)
        for pos in range(size):
            wanted = goal - arr[pos]
            if wanted in index_of:
                # pair found, return both positions
                return [index_of[wanted], pos]
            index_of[arr[pos]] = pos
        return []
