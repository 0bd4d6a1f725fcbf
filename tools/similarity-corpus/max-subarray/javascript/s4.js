/**
 * @param {number[]} nums
 * @return {number}
 */
var maxSubArray = function(nums) {
    let prefix = 0;
    let minPrefix = 0;   // empty prefix
    let ans = -Infinity;

    for (const x of nums) {
        prefix += x;
        ans = Math.max(ans, prefix - minPrefix);
        minPrefix = Math.min(minPrefix, prefix);
    }
    return ans;
};
