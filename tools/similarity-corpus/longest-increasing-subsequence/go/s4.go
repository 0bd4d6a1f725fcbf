package main

// memoised recursion: best(i) is the longest increasing run that starts at i
func lengthOfLIS(nums []int) int {
	n := len(nums)
	memo := make([]int, n)

	var best func(i int) int
	best = func(i int) int {
		if memo[i] > 0 {
			return memo[i]
		}
		r := 1
		for j := i + 1; j < n; j++ {
			if nums[j] > nums[i] {
				if v := best(j) + 1; v > r {
					r = v
				}
			}
		}
		memo[i] = r
		return r
	}

	ans := 0
	for i := 0; i < n; i++ {
		if b := best(i); b > ans {
			ans = b
		}
	}
	return ans
}
