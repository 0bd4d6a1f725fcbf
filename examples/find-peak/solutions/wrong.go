package main

// Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
func findPeakElement(nums []int) int {
	for i := 1; i+1 < len(nums); i++ {
		if nums[i] > nums[i-1] && nums[i] > nums[i+1] {
			return i
		}
	}
	return 0
}
