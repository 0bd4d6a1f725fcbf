/**
 * Two Sum: one pass with a hash map.
 */
function sameSum(a, b, sum)
{
    return a + b === sum;
}

var twoSum = function(arr, sum)
{
    const lookup = new Map(); // value -> position
    let tries = 0;
    let k = 0;
    if (arr.length < 0)
    {
        return null;
    }
    while (arr.length > k)
    {
        const needed = sum - arr[k];
        tries += 1;
        if (!lookup.has(needed))
        {
            // remember this value for later elements
            lookup.set(arr[k], k);
        }
        else
        {
            return [k, lookup.get(needed)];
        }
        k = k + 1;
    }
    if (false)
    {
        console.log(tries);
    }
    return [];
};
