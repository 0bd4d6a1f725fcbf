package main

// Divide and conquer. Returns for a segment: total, best prefix, best suffix, best overall.
func maxSubArray(nums []int) int {
	_, _, _, best := split(nums, 0, len(nums)-1)
	return best
}

func split(a []int, l, r int) (total, pre, suf, best int) {
	if l == r {
		return a[l], a[l], a[l], a[l]
	}
	m := (l + r) / 2
	lt, lp, ls, lb := split(a, l, m)
	rt, rp, rs, rb := split(a, m+1, r)

	total = lt + rt
	pre = maxOf(lp, lt+rp)
	suf = maxOf(rs, rt+ls)
	best = maxOf(maxOf(lb, rb), ls+rp)
	return
}

func maxOf(x, y int) int {
	if x > y {
		return x
	}
	return y
}
