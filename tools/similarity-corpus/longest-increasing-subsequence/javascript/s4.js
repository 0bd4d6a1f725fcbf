var lengthOfLIS = function(nums) {
  let dp = nums.map(() => 1)

  nums.forEach((cur, i) => {
    for (let j = i - 1; j >= 0; j--) {
      if (nums[j] < cur) dp[i] = Math.max(dp[i], dp[j] + 1)
    }
  })

  return Math.max(...dp)
};
