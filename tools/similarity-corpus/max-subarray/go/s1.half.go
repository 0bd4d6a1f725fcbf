package main

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func maxSubArray(nums []int) int {
	best := nums[0]
	sum := 0
	for i := 0; i < len(nums); i++ {
		sum += nums[i]
		best = max(best, sum)
		if sum < 0 {
			sum = 0
		}
	}
	return best
}
