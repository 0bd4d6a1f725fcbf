function merge(intervals: number[][]): number[][] {
    const n: number = intervals.length;
    const starts: number[] = intervals.map(v => v[0]).sort((a, b) => a - b);
    const ends: number[] = intervals.map(v => v[1]).sort((a, b) => a - b);

    const res: number[][] = [];
    let first = 0;
    for (let k = 0; k < n; k++) {
        // the block closes at ends[k] if the next start is strictly after it
        const closes = k === n - 1 || starts[k + 1] > ends[k];
        if (closes) {
            res.push([starts[first], ends[k]]);
            first = k + 1;
        }
    }
    return res;
};
