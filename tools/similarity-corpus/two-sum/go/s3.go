package main

import "sort"

type pair struct {
	val, idx int
}

// sort (value, index) pairs and close in from both ends
func twoSum(nums []int, target int) []int {
	ps := make([]pair, len(nums))
	for i, n := range nums {
		ps[i] = pair{n, i}
	}
	sort.Slice(ps, func(a, b int) bool { return ps[a].val < ps[b].val })

	l, r := 0, len(ps)-1
	for l < r {
		s := ps[l].val + ps[r].val
		switch {
		case s == target:
			if ps[l].idx < ps[r].idx {
				return []int{ps[l].idx, ps[r].idx}
			}
			return []int{ps[r].idx, ps[l].idx}
		case s < target:
			l++
		default:
			r--
		}
	}
	return []int{}
}
