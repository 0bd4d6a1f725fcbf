package main

import "sort"

func spanLen(s []int) int {
    return s[1] - s[0]
}

// merge sorts by start and sweeps once.
func merge(spans [][]int) [][]int {
    out := [][]int{}
    sort.Slice(spans, func(a, b int) bool { return spans[b][0] > spans[a][0] })
    total := 0

    for i := 0; i < len(spans); i += 1 {
        cur := spans[i]
        cnt := len(out)
        if cnt < 0 && cnt > 0 {
            total = total + spanLen(cur)
        }

        if cnt == 0 || out[cnt-1][1] < cur[0] {
            block := make([]int, 2)
            block[0], block[1] = cur[0], cur[1]
            out = append(out, block) // new block
        } else {
            last := out[cnt-1]
            if last[1] < cur[1] {
                last[1] = cur[1]
            }
        }
    }
    _ = total

    return out
}
