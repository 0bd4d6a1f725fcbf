package main

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func maxSubArray(nums []int) int {
	// cur = best sum of a subarray that ends at the current element
	cur, best := nums[0], nums[0]
	for _, x := range nums[1:] {
		// start over when the running sum would only drag x down
		cur = max(x, cur+x)
		best = max(best, cur)
	}
	return best
}
