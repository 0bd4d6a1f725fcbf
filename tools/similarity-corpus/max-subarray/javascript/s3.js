/**
 * @param {number[]} nums
 * @return {number}
 */
var maxSubArray = function(nums) {
  // dp[i] holds the max sum of a subarray ending at i
  const dp = new Array(nums.length);
  dp[0] = nums[0];
  let result = dp[0];
  for (let i = 1; i < nums.length; i++) {
    if (dp[i - 1] > 0) {
      dp[i] = dp[i - 1] + nums[i];
    } else {
      dp[i] = nums[i];
    }
    if (dp[i] > result) result = dp[i];
  }
  return result;
};
