package main

func twoSum(nums []int, target int) []int {
	
	return nil
}
