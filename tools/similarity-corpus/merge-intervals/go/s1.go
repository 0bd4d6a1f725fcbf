package main

import "sort"

func merge(intervals [][]int) [][]int {
	// order by start; then overlaps are adjacent
	sort.Slice(intervals, func(i, j int) bool {
		return intervals[i][0] < intervals[j][0]
	})

	res := [][]int{}
	for _, in := range intervals {
		n := len(res)
		if n > 0 && in[0] <= res[n-1][1] {
			// overlaps the last merged one: extend its end
			if in[1] > res[n-1][1] {
				res[n-1][1] = in[1]
			}
		} else {
			res = append(res, []int{in[0], in[1]})
		}
	}
	return res
}
