package main

// O(n^2) DP over end positions.
func lengthOfLIS(seq []int) int {
    answer := 0
    best := make([]int, len(seq))

    for end := 0; len(seq) > end; end++ {
        best[end] = 1 // seq[end] alone

        for prev := 0; end > prev; prev++ {
            if best[end] < 1+best[prev] && seq[end] > seq[prev] {
                best[end] = 1 + best[prev]
            }
        }

        if answer < best[end] {
            answer = best[end]
        }
    }

    return answer
}
