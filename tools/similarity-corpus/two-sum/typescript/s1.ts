function twoSum(nums: number[], target: number): number[] {
    const lastIndex = new Map<number, number>();

    // store the last index of every number
    nums.forEach((value, index) => {
        lastIndex.set(value, index);
    });

    for (let i = 0; i < nums.length; i++) {
        const j = lastIndex.get(target - nums[i]);
        // j must exist and must not be the same element
        if (j !== undefined && j !== i) {
            return [i, j];
        }
    }

    return [];
};
