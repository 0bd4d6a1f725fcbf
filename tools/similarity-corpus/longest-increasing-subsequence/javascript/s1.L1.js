// O(n^2) dynamic programming
var lengthOfLIS = function(nums) {
    const n = nums.length;
    const dp = new Array(n).fill(1);    // every element alone has length 1
    let longest = 1;
    for (let i = 1; i < n; i++) {
        for (let j = 0; j < i; j++) {
            if (nums[j] < nums[i] && dp[j] + 1 > dp[i]) { dp[i] = dp[j] + 1; }
        }
        longest = Math.max(longest, dp[i]);
    }
    return longest;
};
