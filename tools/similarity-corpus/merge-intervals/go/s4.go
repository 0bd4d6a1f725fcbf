package main

import "sort"

func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	w := 0 // write index: intervals[:w+1] holds the merged result
	for r := 1; r < len(intervals); r++ {
		if intervals[r][0] <= intervals[w][1] {
			intervals[w][1] = maxInt(intervals[w][1], intervals[r][1])
		} else {
			w++
			intervals[w] = intervals[r]
		}
	}
	return intervals[:w+1]
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
