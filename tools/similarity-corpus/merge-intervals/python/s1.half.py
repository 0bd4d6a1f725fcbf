from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        if len(intervals) <= 1:
            return intervals

        # sort by start so overlapping intervals end up next to each other
        intervals.sort(key=lambda x: x[0])
        out = []
        cur_start, cur_end = intervals[0]
        for s, e in intervals[1:]:
            if s > cur_end:
                out.append([cur_start, cur_end])
                cur_start, cur_end = s, e
            elif e > cur_end:
                cur_end = e
        out.append([cur_start, cur_end])
        return out
