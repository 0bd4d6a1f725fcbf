function merge(intervals: number[][]): number[][] {
    // sort by the left end
    intervals.sort((a, b) => a[0] - b[0]);

    const merged: number[][] = [];
    let i = 0;

    while (i < intervals.length) {
        let left = intervals[i][0];
        let right = intervals[i][1];
        let j = i + 1;

        // swallow every interval that starts before the current block ends
        while (j < intervals.length && intervals[j][0] <= right) {
            right = Math.max(right, intervals[j][1]);
            j++;
        }

        merged.push([left, right]);
        i = j;
    }

    return merged;
};
