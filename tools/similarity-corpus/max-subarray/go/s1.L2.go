package main

func bigger(p, q int) int {
    if p > q {
        return p
    }

    return q
}

// Kadane's algorithm, O(n).
func maxSubArray(arr []int) int {
    endingHere, overall := arr[0], arr[0]

    for _, v := range arr[1:] {
        endingHere = bigger(v, endingHere+v)    // extend or restart
        overall = bigger(overall, endingHere)
    }

    return overall
}
