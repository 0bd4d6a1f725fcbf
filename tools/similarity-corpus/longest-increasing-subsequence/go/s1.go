package main

func lengthOfLIS(nums []int) int {
	// dp[i] = length of the longest increasing subsequence ending at nums[i]
	dp := make([]int, len(nums))
	longest := 0
	for i := 0; i < len(nums); i++ {
		dp[i] = 1
		for j := 0; j < i; j++ {
			// nums[i] can extend any smaller element before it
			if nums[j] < nums[i] && dp[j]+1 > dp[i] {
				dp[i] = dp[j] + 1
			}
		}
		if dp[i] > longest {
			longest = dp[i]
		}
	}
	return longest
}
