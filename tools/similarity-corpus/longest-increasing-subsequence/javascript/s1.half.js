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
        const smaller = dp.slice(0, i).filter((_, j) => nums[j] < nums[i]);
        if (smaller.length) dp[i] = 1 + Math.max(...smaller);
        if (dp[i] > longest) longest = dp[i];
    }

    return longest;
};
