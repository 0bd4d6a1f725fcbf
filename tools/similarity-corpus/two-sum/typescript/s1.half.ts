function twoSum(nums: number[], target: number): number[] {
    const lastIndex = new Map<number, number>();

    // store the last index of every number
    nums.forEach((value, index) => {
        lastIndex.set(value, index);
    });

    let answer: number[] = [];
    nums.some((value, i) => {
        const partner = lastIndex.get(target - value);
        if (partner === undefined || partner === i) return false;
        answer = [i, partner];
        return true;
    });
    return answer;
};
