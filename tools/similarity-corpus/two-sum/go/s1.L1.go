package main

// twoSum: one pass over nums with a map of value -> index.
func twoSum(nums []int, target int) []int {
    seen := make(map[int]int)

    for i, v := range nums {
        need := target - v

        if j, ok := seen[need]; ok {
            return []int{j, i}
        }

        seen[v] = i
    }

    return []int{-1, -1} // not reached on valid input
}
