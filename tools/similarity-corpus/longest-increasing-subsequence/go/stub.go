package main

func lengthOfLIS(nums []int) int {
	
	return 0
}
