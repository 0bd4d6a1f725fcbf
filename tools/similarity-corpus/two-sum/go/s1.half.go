package main

func twoSum(nums []int, target int) []int {
	// remember where each value was seen
	seen := make(map[int]int)
	for i, v := range nums {
		seen[v] = i
	}
	for i := 0; i < len(nums); i++ {
		other, ok := seen[target-nums[i]]
		if ok && other != i {
			return []int{i, other}
		}
	}
	// there is always exactly one answer
	return []int{-1, -1}
}
