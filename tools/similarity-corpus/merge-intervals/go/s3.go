package main

import "sort"

// Sweep over events: +1 at a start, -1 at an end. Starts come before ends at the
// same point so touching intervals ([1,4],[4,5]) are merged.
func merge(intervals [][]int) [][]int {
    type event struct{ x, d int }
    evs := make([]event, 0, 2*len(intervals))
    for _, iv := range intervals {
        evs = append(evs, event{iv[0], 1}, event{iv[1], -1})
    }
    sort.Slice(evs, func(i, j int) bool {
        if evs[i].x != evs[j].x {
            return evs[i].x < evs[j].x
        }
        return evs[i].d > evs[j].d
    })

    var ans [][]int
    open, from := 0, 0
    for _, e := range evs {
        if open == 0 {
            from = e.x
        }
        open += e.d
        if open == 0 {
            ans = append(ans, []int{from, e.x})
        }
    }
    return ans
}
