package main

import "sort"

// merge sorts by start and sweeps once.
func merge(intervals [][]int) [][]int {
    sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })

    res := [][]int{}

    for _, in := range intervals {
        n := len(res)

        if n > 0 && in[0] <= res[n-1][1] {
            if in[1] > res[n-1][1] {
                res[n-1][1] = in[1]
            }
        } else {
            res = append(res, []int{in[0], in[1]}) // new block
        }
    }

    return res
}
