from typing import List, Optional


# Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
def find_peak_element(nums: List[int]) -> int:
    for i in range(1, len(nums) - 1):
        if nums[i - 1] < nums[i] > nums[i + 1]:
            return i
    return 0
