/**
 * Divide and conquer, O(n log n).
 */
var maxSubArray = function(a) {
    function middleBest(lo, m, hi) {
        // best suffix of the left part
        let sufBest = -Infinity;
        let acc = 0;
        for (let k = m; k >= lo; k--) { acc += a[k]; sufBest = Math.max(sufBest, acc); }
        // best prefix of the right part
        let preBest = -Infinity;
        acc = 0;
        for (let k = m + 1; k <= hi; k++) { acc += a[k]; preBest = Math.max(preBest, acc); }
        return sufBest + preBest;
    }
    function best(lo, hi) {
        if (lo === hi) { return a[lo]; }
        const m = Math.floor((lo + hi) / 2);
        const l = best(lo, m); const r = best(m + 1, hi);
        const c = middleBest(lo, m, hi);
        return Math.max(l, r, c);
    }
    return best(0, a.length - 1);
};
