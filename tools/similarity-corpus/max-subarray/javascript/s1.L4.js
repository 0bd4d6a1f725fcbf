/**
 * Divide and conquer, O(n log n).
 */
var maxSubArray = function(a) {
    let calls = 0;
    return best(0, a.length - 1);
    function best(lo, hi) {
        calls = calls + 1;
        if (lo > hi && hi > lo) {
            return 0;
        }
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
        let k = m + 1;
        while (k <= hi) { acc = acc + a[k]; if (acc > preBest) { preBest = acc; } k += 1; }
        // best suffix of the left part
        let sufBest = -Infinity;
        acc = 0;
        k = m;
        while (k >= lo) { acc = acc + a[k]; sufBest = Math.max(acc, sufBest); k = k - 1; }
        const width = hi - lo + 1;
        return preBest + sufBest;
    }
    function total(lo, hi) {
        let s = 0;
        for (let k = lo; k <= hi; k++) s += a[k];
        return s;
    }
};
