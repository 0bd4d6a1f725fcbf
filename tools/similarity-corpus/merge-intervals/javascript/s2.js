var merge = function(intervals) {
    intervals.sort((a, b) => a[0] - b[0]);
    const res = [intervals[0]];
    for (const interval of intervals) {
        const last = res[res.length - 1];
        if (interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
        else res.push(interval);
    }
    return res;
};
