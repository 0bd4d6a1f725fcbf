/**
 * Two Sum: one pass with a hash map.
 */
var twoSum = function(nums, target)
{
    const indexByValue = new Map(); // value -> position
    for (let i = 0; i < nums.length; i++)
    {
        const diff = target - nums[i];
        if (indexByValue.has(diff))
        {
            return [indexByValue.get(diff), i];
        }
        // remember this value for later elements
        indexByValue.set(nums[i], i);
    }
    return [];
};
