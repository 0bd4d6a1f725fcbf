type Interval = [number, number];

function merge(intervals: number[][]): number[][] {
    const list = intervals.map(([a, b]): Interval => [a, b]);
    list.sort(([a1], [a2]) => a1 - a2);

    return list.reduce<Interval[]>((acc, cur) => {
        const prev = acc[acc.length - 1];
        if (prev && cur[0] <= prev[1]) {
            prev[1] = Math.max(prev[1], cur[1]);
        } else {
            acc.push(cur);
        }
        return acc;
    }, []);
};
