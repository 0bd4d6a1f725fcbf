/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    const indexByValue = new Map();

    for (let i = 0; i < nums.length; i++) {
        const diff = target - nums[i];
        // if we've already seen the partner we're done
        if (indexByValue.has(diff)) {
            return [indexByValue.get(diff), i];
        }
        indexByValue.set(nums[i], i);
    }

    return [];
};
