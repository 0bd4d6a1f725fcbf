package main

// O(n^2) DP over end positions.
func lengthOfLIS(nums []int) int {
    dp := make([]int, len(nums))
    longest := 0

    for i := 0; i < len(nums); i++ {
        dp[i] = 1 // nums[i] alone

        for j := 0; j < i; j++ {
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
