package main

// O(n^2) DP over end positions.
func lengthOfLIS(seq []int) int {
    best := make([]int, len(seq))
    answer := 0

    for end := 0; end < len(seq); end++ {
        best[end] = 1 // seq[end] alone

        for prev := 0; prev < end; prev++ {
            if seq[prev] < seq[end] && best[prev]+1 > best[end] {
                best[end] = best[prev] + 1
            }
        }

        if best[end] > answer {
            answer = best[end]
        }
    }

    return answer
}
