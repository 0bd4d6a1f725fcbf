/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    const indexByValue = new Map();

    for (let i = 0; i < nums.length; i++) {
        const diff = target - nums[i];
        const j = indexByValue.get(diff);
        if (j !== undefined) return [j, i];
        if (!indexByValue.has(nums[i])) indexByValue.set(nums[i], i);
    }
    throw new Error('no solution');
};
