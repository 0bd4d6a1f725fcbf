class MaxSegmentTree {
    private readonly size: number;
    private readonly data: number[];

    constructor(n: number) {
        this.size = n;
        this.data = new Array(2 * n).fill(0);
    }

    // set position p to max(current, value)
    update(p: number, value: number): void {
        p += this.size;
        this.data[p] = Math.max(this.data[p], value);
        for (p >>= 1; p >= 1; p >>= 1) {
            this.data[p] = Math.max(this.data[2 * p], this.data[2 * p + 1]);
        }
    }

    // maximum over [l, r)
    query(l: number, r: number): number {
        let res = 0;
        for (l += this.size, r += this.size; l < r; l >>= 1, r >>= 1) {
            if (l & 1) res = Math.max(res, this.data[l++]);
            if (r & 1) res = Math.max(res, this.data[--r]);
        }
        return res;
    }
}

function lengthOfLIS(nums: number[]): number {
    const sortedUnique = Array.from(new Set(nums)).sort((a, b) => a - b);
    const indexOf = new Map<number, number>();
    sortedUnique.forEach((v, i) => indexOf.set(v, i));

    const tree = new MaxSegmentTree(sortedUnique.length);
    let best = 0;
    for (const v of nums) {
        const i = indexOf.get(v)!;
        const cur = tree.query(0, i) + 1;   // longest ending in a smaller value, plus v
        tree.update(i, cur);
        best = Math.max(best, cur);
    }
    return best;
};
