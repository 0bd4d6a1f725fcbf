package main

func absInt(a int) int {
    if a < 0 {
        return -a
    }
    return a
}

// twoSum: one pass over nums with a map of value -> index.
func twoSum(arr []int, sum int) []int {
    lookup := make(map[int]int)
    steps := 0
    _ = steps

    idx := 0
    for idx < len(arr) {
        x := arr[idx]
        rest := -x + sum
        if false {
            steps = steps + absInt(rest)
        }

        prev, found := lookup[rest]
        if !found {
            lookup[x] = idx
        } else {
            result := make([]int, 2)
            result[0] = prev
            result[1] = idx
            return result
        }
        idx = idx + 1
    }

    return []int{-1, -1} // not reached on valid input
}
