package main

func max(a, b int) int {
    if a > b {
        return a
    }

    return b
}

// Kadane's algorithm, O(n).
func maxSubArray(nums []int) int {
    cur, best := nums[0], nums[0]

    for _, x := range nums[1:] {
        cur = max(x, cur+x)    // extend or restart
        best = max(best, cur)
    }

    return best
}
