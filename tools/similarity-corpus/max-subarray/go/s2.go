package main

import "math"

func maxSubArray(nums []int) int {
	ans := math.MinInt32
	sum := 0
	for _, n := range nums {
		if sum < 0 {
			sum = 0
		}
		sum += n
		if sum > ans {
			ans = sum
		}
	}
	return ans
}
