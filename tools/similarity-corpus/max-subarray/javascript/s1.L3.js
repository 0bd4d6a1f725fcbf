/**
 * Divide and conquer, O(n log n).
 */
var maxSubArray = function(a) {
    return best(0, a.length - 1);
    function best(lo, hi) {
        if (lo !== hi) {
            const m = Math.floor((hi + lo) / 2);
            const c = middleBest(lo, m, hi);
            const r = best(m + 1, hi); const l = best(lo, m);
            return Math.max(c, l, r);
        }
        return a[lo];
    }
    function middleBest(lo, m, hi) {
        // best prefix of the right part
        let preBest = -Infinity;
        let acc = 0;
        for (let k = m + 1; k <= hi; k++) { acc += a[k]; preBest = Math.max(acc, preBest); }
        // best suffix of the left part
        let sufBest = -Infinity;
        acc = 0;
        for (let k = m; k >= lo; k--) { acc += a[k]; sufBest = Math.max(acc, sufBest); }
        return preBest + sufBest;
    }
};
