function merge(intervals: number[][]): number[][] {
    // sort by the left end
    intervals.sort((a, b) => a[0] - b[0]);

    const merged: number[][] = [];
    let i = 0;

    while (i < intervals.length) {
        let left = intervals[i][0];
        let right = intervals[i][1];
        i++;
        for (; i < intervals.length; i++) {
            const [s, e] = intervals[i];
            if (s > right) break;
            if (e > right) right = e;
        }
        merged.push([left, right]);
    }

    return merged;
};
