/**
 * @param {number[]} nums
 * @return {number}
 */
var maxSubArray = function(nums) {
    // best sum of a subarray that contains both nums[mid] and nums[mid + 1]
    function crossSum(left, mid, right) {
        let leftBest = -Infinity;
        let sum = 0;
        for (let i = mid; i >= left; i--) {
            sum += nums[i];
            leftBest = Math.max(leftBest, sum);
        }

        let rightBest = -Infinity;
        sum = 0;
        for (let i = mid + 1; i <= right; i++) {
            sum += nums[i];
            rightBest = Math.max(rightBest, sum);
        }

        return leftBest + rightBest;
    }

    function solve(left, right) {
        if (left === right) {
            return nums[left];
        }
        const mid = Math.floor((left + right) / 2);
        const bestLeft = solve(left, mid);
        const bestRight = solve(mid + 1, right);
        const bestCross = crossSum(left, mid, right);
        return Math.max(bestLeft, bestRight, bestCross);
    }

    return solve(0, nums.length - 1);
};
