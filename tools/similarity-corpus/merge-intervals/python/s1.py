from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        if len(intervals) <= 1:
            return intervals

        # sort by start so overlapping intervals end up next to each other
        intervals.sort(key=lambda x: x[0])
        merged = [intervals[0]]

        for current in intervals[1:]:
            last = merged[-1]
            if self.overlaps(last, current):
                # stretch the last interval if the current one reaches further
                last[1] = max(last[1], current[1])
            else:
                merged.append(current)

        return merged

    def overlaps(self, a: List[int], b: List[int]) -> bool:
        # a starts no later than b because the list is sorted
        return b[0] <= a[1]
