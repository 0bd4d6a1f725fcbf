from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals = sorted(intervals, key=lambda pair: (pair[0], pair[1]))
        result = []
        i = 0
        while i < len(intervals):
            lo, hi = intervals[i]
            j = i + 1
            # absorb everything that starts inside [lo, hi]
            while j < len(intervals) and intervals[j][0] <= hi:
                hi = max(hi, intervals[j][1])
                j += 1
            result.append([lo, hi])
            i = j
        return result
