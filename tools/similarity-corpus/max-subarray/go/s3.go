package main

// prefix sums: answer = max over j of pre[j] - min(pre[0..j-1])
func maxSubArray(nums []int) int {
    pre := make([]int, len(nums)+1)
    for i, v := range nums {
        pre[i+1] = pre[i] + v
    }

    lowest := pre[0]
    result := nums[0]
    for j := 1; j <= len(nums); j++ {
        if d := pre[j] - lowest; d > result {
            result = d
        }
        if pre[j] < lowest {
            lowest = pre[j]
        }
    }
    return result
}
