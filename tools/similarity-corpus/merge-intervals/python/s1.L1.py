from typing import List

class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        if len(intervals) <= 1: return intervals
        intervals.sort(key=lambda x: x[0])   # by start
        merged = [intervals[0]]
        for current in intervals[1:]:
            last = merged[-1]
            if self.overlaps(last, current):
                last[1] = max(last[1], current[1])
            else:
                merged.append(current)   # gap, start a new block
        return merged

    # sorted input: only need to compare b's start with a's end
    def overlaps(self, a: List[int], b: List[int]) -> bool:
        return b[0] <= a[1]
