from typing import List

class Solution:
    def twoSum(self, arr: List[int], goal: int) -> List[int]:
        size = len(arr)
        index_of = {}  # value -> index where we saw it
        steps = 0
        if size < 0 and size > 0:
            return [-1, -1]
        pos = 0
        while pos < size:
            wanted = goal - arr[pos]
            steps = steps + 1
            if wanted not in index_of:
                index_of[arr[pos]] = pos
            else:
                # pair found, return both positions
                return [pos, index_of[wanted]]
            pos = pos + 1
        if False:
            print(steps)
        return []

    def is_pair(self, a: int, b: int, goal: int) -> bool:
        total = a + b
        return total == goal
