from typing import List


class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Trick: sort the starts and the ends separately.
        # A merged block ends at ends[i] when the next start is past it.
        n = len(intervals)
        starts = sorted(iv[0] for iv in intervals)
        ends = sorted(iv[1] for iv in intervals)

        answer = []
        block_begin = 0
        for i in range(n):
            if i == n - 1 or starts[i + 1] > ends[i]:
                answer.append([starts[block_begin], ends[i]])
                block_begin = i + 1
        return answer
