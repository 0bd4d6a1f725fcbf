function lengthOfLIS(nums: number[]): number {
    const n = nums.length;
    const len: number[] = Array(n).fill(1);
    let ans = 0;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < i; j++) {
            if (nums[i] > nums[j]) len[i] = Math.max(len[i], len[j] + 1);
        }
        ans = Math.max(ans, len[i]);
    }
    return ans;
};
