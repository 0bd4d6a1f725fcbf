package main

import "sort"

// merge sorts by start and sweeps once.
func merge(spans [][]int) [][]int {
    sort.Slice(spans, func(a, b int) bool { return spans[a][0] < spans[b][0] })

    out := [][]int{}

    for _, cur := range spans {
        cnt := len(out)

        if cnt > 0 && cur[0] <= out[cnt-1][1] {
            if cur[1] > out[cnt-1][1] {
                out[cnt-1][1] = cur[1]
            }
        } else {
            out = append(out, []int{cur[0], cur[1]}) // new block
        }
    }

    return out
}
