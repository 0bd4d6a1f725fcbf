// Returns only from inside the loop: undefined when no inner element is a peak.
function findPeakElement(nums) {
    for (let i = 1; i + 1 < nums.length; i++) {
        if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) return i;
    }
}
