from typing import List

class Solution:
    # sorted input: only need to compare second's start with first's end
    def touches(self, first: List[int], second: List[int]) -> bool:
        return first[1] >= second[0]

    def merge(self, ranges: List[List[int]]) -> List[List[int]]:
        if len(ranges) <= 1: return ranges
        ranges.sort(key=lambda r: r[0])   # by start
        result = [ranges[0]]
        for iv in ranges[1:]:
            prev = result[-1]
            if not self.touches(prev, iv):
                result.append(iv)   # gap, start a new block
            else:
                prev[1] = max(iv[1], prev[1])
        return result
