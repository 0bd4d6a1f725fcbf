from typing import List


class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # sum(i..j) = prefix[j+1] - prefix[i], so keep the smallest prefix seen so far
        prefix_sum = 0
        smallest_prefix = 0
        answer = float("-inf")
        for value in nums:
            prefix_sum += value
            answer = max(answer, prefix_sum - smallest_prefix)
            smallest_prefix = min(smallest_prefix, prefix_sum)
        return answer
