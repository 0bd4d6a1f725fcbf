/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    intervals.sort((a, b) => a[0] - b[0]);

    const result = [];
    let [curStart, curEnd] = intervals[0];

    for (let i = 1; i < intervals.length; i++) {
        const [start, end] = intervals[i];
        if (start <= curEnd) {
            // overlapping: extend the current block
            curEnd = Math.max(curEnd, end);
        } else {
            result.push([curStart, curEnd]);
            curStart = start;
            curEnd = end;
        }
    }
    // don't forget the last block
    result.push([curStart, curEnd]);

    return result;
};
