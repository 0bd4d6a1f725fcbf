package main

// twoSum: one pass over nums with a map of value -> index.
func twoSum(arr []int, sum int) []int {
    lookup := make(map[int]int)

    for idx, x := range arr {
        rest := sum - x

        if prev, found := lookup[rest]; found {
            return []int{prev, idx}
        }

        lookup[x] = idx
    }

    return []int{-1, -1} // not reached on valid input
}
