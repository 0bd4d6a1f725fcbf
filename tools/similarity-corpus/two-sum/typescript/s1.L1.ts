function twoSum(nums: number[], target: number): number[]
{
    const lastIndex = new Map<number, number>();
    nums.forEach((value, index) => { lastIndex.set(value, index); });   // value -> last position

    for (let i = 0; i < nums.length; i++)
    {
        const j = lastIndex.get(target - nums[i]);
        if (j !== undefined && j !== i) { return [i, j]; }
    }
    // unreachable for valid input
    return [];
};
