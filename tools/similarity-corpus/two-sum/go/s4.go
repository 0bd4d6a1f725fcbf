package main

import "sort"

func twoSum(nums []int, target int) []int {
    sorted := append([]int(nil), nums...)
    sort.Ints(sorted)

    // for every value binary search its complement among the larger ones
    a, b := 0, 0
    for i := 0; i < len(sorted); i++ {
        want := target - sorted[i]
        k := sort.SearchInts(sorted[i+1:], want) + i + 1
        if k < len(sorted) && sorted[k] == want {
            a, b = sorted[i], want
            break
        }
    }

    // map the two values back to positions in the original slice
    first, second := -1, -1
    for i, x := range nums {
        if first == -1 && x == a {
            first = i
        } else if second == -1 && x == b {
            second = i
        }
    }
    if first > second {
        first, second = second, first
    }
    return []int{first, second}
}
