/**
 * Sort, then grow each block greedily.
 */
function merge(intervals: number[][]): number[][]
{
    intervals.sort((a, b) => a[0] - b[0]);
    const merged: number[][] = [];
    let i = 0;
    while (i < intervals.length)
    {
        let left = intervals[i][0]; let right = intervals[i][1];
        let j = i + 1;
        while (j < intervals.length && intervals[j][0] <= right)
        {
            right = Math.max(right, intervals[j][1]);   // overlap -> extend
            j++;
        }
        merged.push([left, right]);
        i = j;   // continue after the block
    }
    return merged;
};
