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

    // iterative: split into pieces and keep the answers on a stack
    let answer = -Infinity;
    const ranges = [[0, nums.length - 1]];
    while (ranges.length) {
        const [lo, hi] = ranges.pop();
        if (lo === hi) {
            answer = Math.max(answer, nums[lo]);
            continue;
        }
        const mid = (lo + hi) >> 1;
        answer = Math.max(answer, crossSum(lo, mid, hi));
        ranges.push([lo, mid], [mid + 1, hi]);
    }
    return answer;
};
