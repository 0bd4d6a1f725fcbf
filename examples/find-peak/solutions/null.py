from typing import List, Optional


# Returns only from inside the loop: None when no inner element is a peak.
def find_peak_element(nums: List[int]) -> int:
    for i in range(1, len(nums) - 1):
        if nums[i - 1] < nums[i] > nums[i + 1]:
            return i
