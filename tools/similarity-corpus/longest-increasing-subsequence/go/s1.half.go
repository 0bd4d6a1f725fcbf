package main

func lengthOfLIS(nums []int) int {
	// dp[i] = length of the longest increasing subsequence ending at nums[i]
	dp := make([]int, len(nums))
	longest := 0
	for i := 0; i < len(nums); i++ {
		dp[i] = 1
		for j := 0; j < i; j++ {
			if nums[j] < nums[i] {
				dp[i] = max(dp[i], dp[j]+1)
			}
		}
		longest = max(longest, dp[i])
	}
	return longest
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
