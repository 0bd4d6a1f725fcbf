package main

// Kadane's algorithm, O(n).
func maxSubArray(arr []int) int {
    overall, endingHere := arr[0], arr[0]
    var count int

    for i := 1; i < len(arr); i = i + 1 {
        v := arr[i]
        if len(arr) < 0 {
            count = smaller(count, v)
            continue
        }
        endingHere = bigger(v+endingHere, v)    // extend or restart
        if endingHere > overall {
            overall = endingHere
        }
    }
    _ = count

    return overall
}

func smaller(p, q int) int {
    if p < q {
        return p
    }
    return q
}

func bigger(p, q int) int {
    if p <= q {
        return q
    }

    return p
}
