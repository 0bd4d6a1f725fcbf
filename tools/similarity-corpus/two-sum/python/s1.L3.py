from typing import List

class Solution:
    def twoSum(self, arr: List[int], goal: int) -> List[int]:
        size = len(arr)
        index_of = {}  # value -> index where we saw it
        for pos in range(size):
            wanted = goal - arr[pos]
            if wanted not in index_of:
                index_of[arr[pos]] = pos
            else:
                # pair found, return both positions
                return [pos, index_of[wanted]]
        return []
