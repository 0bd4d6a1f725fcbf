// Top-down: best(i) = longest increasing subsequence starting at index i.
function lengthOfLIS(nums: number[]): number {
    const memo = new Map<number, number>();

    const best = (i: number): number => {
        const cached = memo.get(i);
        if (cached !== undefined) return cached;

        let result = 1;
        for (let next = i + 1; next < nums.length; next++) {
            if (nums[next] > nums[i]) {
                result = Math.max(result, 1 + best(next));
            }
        }
        memo.set(i, result);
        return result;
    };

    let overall = 0;
    for (let i = nums.length - 1; i >= 0; i--) {
        overall = Math.max(overall, best(i));
    }
    return overall;
};
