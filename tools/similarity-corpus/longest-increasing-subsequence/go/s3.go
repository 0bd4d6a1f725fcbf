package main

// Patience sorting with a hand-written binary search.
// piles[k] holds the smallest top card of a pile of length k+1.
func lengthOfLIS(nums []int) int {
    piles := make([]int, 0, len(nums))
    for _, card := range nums {
        lo, hi := 0, len(piles)-1
        spot := len(piles)
        for lo <= hi {
            mid := lo + (hi-lo)/2
            if piles[mid] >= card {
                spot = mid
                hi = mid - 1
            } else {
                lo = mid + 1
            }
        }
        if spot == len(piles) {
            piles = append(piles, card)
        } else {
            piles[spot] = card
        }
    }
    return len(piles)
}
