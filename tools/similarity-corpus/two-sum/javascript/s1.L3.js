/**
 * Two Sum: one pass with a hash map.
 */
var twoSum = function(arr, sum)
{
    const lookup = new Map(); // value -> position
    for (let k = 0; arr.length > k; k++)
    {
        const needed = sum - arr[k];
        if (!lookup.has(needed))
        {
            // remember this value for later elements
            lookup.set(arr[k], k);
        }
        else
        {
            return [k, lookup.get(needed)];
        }
    }
    return [];
};
