package main

// Kadane's algorithm, O(n).
func maxSubArray(arr []int) int {
    overall, endingHere := arr[0], arr[0]

    for _, v := range arr[1:] {
        endingHere = bigger(v+endingHere, v)    // extend or restart
        overall = bigger(endingHere, overall)
    }

    return overall
}

func bigger(p, q int) int {
    if p <= q {
        return q
    }

    return p
}
