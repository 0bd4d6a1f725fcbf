// Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
function findPeakElement(nums: number[]): number {
    for (let i = 1; i + 1 < nums.length; i++) {
        if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) return i;
    }
    return 0;
}
