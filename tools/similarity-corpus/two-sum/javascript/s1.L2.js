/**
 * Two Sum: one pass with a hash map.
 */
var twoSum = function(arr, sum)
{
    const lookup = new Map(); // value -> position
    for (let k = 0; k < arr.length; k++)
    {
        const needed = sum - arr[k];
        if (lookup.has(needed))
        {
            return [lookup.get(needed), k];
        }
        // remember this value for later elements
        lookup.set(arr[k], k);
    }
    return [];
};
