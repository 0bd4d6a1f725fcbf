/**
 * Fenwick tree keyed by value rank, storing the best LIS length that
 * ends at a value of that rank. For each x ask for the best among the
 * strictly smaller ranks, then store best + 1 at x's rank.
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function(nums) {
    const values = [...new Set(nums)].sort((a, b) => a - b);
    const rank = new Map();
    values.forEach((v, i) => rank.set(v, i + 1));

    const size = values.length;
    const tree = new Array(size + 1).fill(0);

    function query(i) {
        let res = 0;
        for (; i > 0; i -= i & -i) res = Math.max(res, tree[i]);
        return res;
    }

    function update(i, val) {
        for (; i <= size; i += i & -i) tree[i] = Math.max(tree[i], val);
    }

    let overall = 0;
    for (const x of nums) {
        const r = rank.get(x);
        const len = query(r - 1) + 1;
        update(r, len);
        overall = Math.max(overall, len);
    }
    return overall;
};
