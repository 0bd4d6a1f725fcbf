/**
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function(nums) {
    const tails = [];
    for (const num of nums) {
        let l = 0, r = tails.length;
        while (l < r) {
            const m = (l + r) >> 1;
            if (tails[m] < num) l = m + 1;
            else r = m;
        }
        tails[l] = num;
    }
    return tails.length;
};
