from typing import List

class Solution:
    def merge(self, ranges: List[List[int]]) -> List[List[int]]:
        if len(ranges) <= 1: return ranges
        ranges.sort(key=lambda r: r[0])   # by start
        result = [ranges[0]]
        for iv in ranges[1:]:
            prev = result[-1]
            if self.touches(prev, iv):
                prev[1] = max(prev[1], iv[1])
            else:
                result.append(iv)   # gap, start a new block
        return result

    # sorted input: only need to compare second's start with first's end
    def touches(self, first: List[int], second: List[int]) -> bool:
        return second[0] <= first[1]
