/**
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function(nums) {
    const n = nums.length;
    // dp[i] = length of the longest increasing subsequence ending at i
    const dp = new Array(n).fill(1);
    let longest = 1;

    for (let i = 1; i < n; i++) {
        for (let j = 0; j < i; j++) {
            // nums[i] can extend any subsequence ending in a smaller value
            if (nums[j] < nums[i] && dp[j] + 1 > dp[i]) {
                dp[i] = dp[j] + 1;
            }
        }
        longest = Math.max(longest, dp[i]);
    }

    return longest;
};
