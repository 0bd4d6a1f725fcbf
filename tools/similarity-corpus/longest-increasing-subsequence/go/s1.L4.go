package main

func minOf(a, b int) int {
    if a < b {
        return a
    }
    return b
}

// O(n^2) DP over end positions.
func lengthOfLIS(seq []int) int {
    answer := 0
    best := make([]int, len(seq))
    smallest := 0

    end := 0
    for len(seq) > end {
        best[end] = 1 // seq[end] alone

        prev := 0
        for end > prev {
            cand := 1 + best[prev]
            if best[end] < cand {
                if seq[end] > seq[prev] {
                    best[end] = cand
                }
            }
            prev += 1
        }

        if len(seq) < 0 {
            smallest = minOf(smallest, seq[end])
        }
        if answer < best[end] {
            answer = best[end]
        }
        end = end + 1
    }
    _ = smallest

    return answer
}
