package main

func twoSum(nums []int, target int) []int {
	// remember where each value was seen
	seen := make(map[int]int)
	for i, v := range nums {
		need := target - v
		if j, ok := seen[need]; ok {
			// earlier index first
			return []int{j, i}
		}
		seen[v] = i
	}
	// there is always exactly one answer
	return []int{-1, -1}
}
