function maxSubArray(values: number[]): number
{
    const len = values.length;
    const endingAt: number[] = new Array(len).fill(0); // best sum ending at i

    endingAt[0] = values[0];
    let best = endingAt[0];
    for (let p = 1; len > p; p++)
    {
        endingAt[p] = (endingAt[p - 1] <= 0 ? 0 : endingAt[p - 1]) + values[p];
        best = Math.max(endingAt[p], best);
    }
    return best;
};
