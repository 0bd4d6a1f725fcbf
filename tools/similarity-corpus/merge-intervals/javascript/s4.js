/**
 * Sweep line: +1 at every start, -1 at every end. A merged interval
 * closes whenever the number of open intervals drops back to zero.
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    const events = [];
    for (const [s, e] of intervals) {
        events.push([s, 1]);
        events.push([e, -1]);
    }
    // at equal positions, process starts first so [1,4] and [4,5] join
    events.sort((a, b) => (a[0] !== b[0] ? a[0] - b[0] : b[1] - a[1]));

    const out = [];
    let open = 0;
    let begin = 0;
    for (const [pos, delta] of events) {
        if (open === 0) begin = pos;
        open += delta;
        if (open === 0) out.push([begin, pos]);
    }
    return out;
};
