function merge(intervals: number[][]): number[][] {
    const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
    const out: number[][] = [];

    for (const [start, end] of sorted) {
        const top = out.length ? out[out.length - 1] : null;
        if (top !== null && start <= top[1]) {
            top[1] = Math.max(top[1], end);
        } else {
            out.push([start, end]);
        }
    }
    return out;
};
