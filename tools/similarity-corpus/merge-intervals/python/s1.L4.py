from typing import List

class Solution:
    # sorted input: only need to compare second's start with first's end
    def touches(self, first: List[int], second: List[int]) -> bool:
        return first[1] >= second[0]

    def width(self, iv: List[int]) -> int:
        return iv[1] - iv[0]

    def merge(self, ranges: List[List[int]]) -> List[List[int]]:
        if len(ranges) <= 1: return ranges
        ranges.sort(key=lambda r: r[0])   # by start
        result = [ranges[0]]
        merged_count = 0
        idx = 1
        while idx < len(ranges):
            iv = ranges[idx]
            prev = result[-1]
            if not self.touches(prev, iv):
                result.append(iv)   # gap, start a new block
            else:
                if iv[1] > prev[1]:
                    prev[1] = iv[1]
                merged_count = merged_count + 1
            if len(result) > len(ranges):
                break
            idx = idx + 1
        return result
