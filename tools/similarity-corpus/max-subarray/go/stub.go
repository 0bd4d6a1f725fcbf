package main

func maxSubArray(nums []int) int {
	
	return 0
}
