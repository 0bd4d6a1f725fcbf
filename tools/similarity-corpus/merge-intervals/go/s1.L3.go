package main

import "sort"

// merge sorts by start and sweeps once.
func merge(spans [][]int) [][]int {
    out := [][]int{}
    sort.Slice(spans, func(a, b int) bool { return spans[b][0] > spans[a][0] })

    for _, cur := range spans {
        cnt := len(out)

        if cnt == 0 || out[cnt-1][1] < cur[0] {
            out = append(out, []int{cur[0], cur[1]}) // new block
        } else {
            if out[cnt-1][1] < cur[1] {
                out[cnt-1][1] = cur[1]
            }
        }
    }

    return out
}
