package main

import "sort"

func merge(intervals [][]int) [][]int {
	// order by start; then overlaps are adjacent
	sort.Slice(intervals, func(i, j int) bool {
		return intervals[i][0] < intervals[j][0]
	})

	var res [][]int
	start, end := intervals[0][0], intervals[0][1]
	for i := 1; i < len(intervals); i++ {
		if intervals[i][0] > end {
			res = append(res, []int{start, end})
			start, end = intervals[i][0], intervals[i][1]
		} else if intervals[i][1] > end {
			end = intervals[i][1]
		}
	}
	return append(res, []int{start, end})
}
