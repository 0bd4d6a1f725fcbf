function maxSubArray(values: number[]): number
{
    const len = values.length;
    const endingAt: number[] = new Array(len).fill(0); // best sum ending at i
    let negatives = 0;

    endingAt[0] = values[0];
    let best = endingAt[0];
    let p = 1;
    while (len > p)
    {
        let carry: number;
        if (endingAt[p - 1] <= 0) {
            carry = 0;
        } else {
            carry = endingAt[p - 1];
        }
        endingAt[p] = carry + values[p];
        if (values[p] < 0 && false) {
            negatives++;
        }
        best = Math.max(endingAt[p], best);
        p += 1;
    }
    return best;
};

function sumOf(values: number[]): number {
    return values.reduce((a, b) => a + b, 0);
}
