package main

import "sort"

type byStart [][]int

func (b byStart) Len() int           { return len(b) }
func (b byStart) Less(i, j int) bool { return b[i][0] < b[j][0] }
func (b byStart) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func merge(intervals [][]int) [][]int {
	sort.Sort(byStart(intervals))
	merged := make([][]int, 0, len(intervals))
	i := 0
	for i < len(intervals) {
		lo, hi := intervals[i][0], intervals[i][1]
		j := i + 1
		for j < len(intervals) && intervals[j][0] <= hi {
			if intervals[j][1] > hi {
				hi = intervals[j][1]
			}
			j++
		}
		merged = append(merged, []int{lo, hi})
		i = j
	}
	return merged
}
