interface Summary {
    total: number;   // sum of the whole segment
    prefix: number;  // best sum starting at the left edge
    suffix: number;  // best sum ending at the right edge
    best: number;    // best sum anywhere inside
}

function summarize(nums: number[], lo: number, hi: number): Summary {
    if (lo === hi) {
        const v = nums[lo];
        return { total: v, prefix: v, suffix: v, best: v };
    }
    const mid = (lo + hi) >> 1;
    const L = summarize(nums, lo, mid);
    const R = summarize(nums, mid + 1, hi);
    return {
        total: L.total + R.total,
        prefix: Math.max(L.prefix, L.total + R.prefix),
        suffix: Math.max(R.suffix, R.total + L.suffix),
        best: Math.max(L.best, R.best, L.suffix + R.prefix),
    };
}

function maxSubArray(nums: number[]): number {
    return summarize(nums, 0, nums.length - 1).best;
};
