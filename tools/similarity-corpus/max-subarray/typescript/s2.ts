function maxSubArray(nums: number[]): number {
    let best = Number.NEGATIVE_INFINITY;
    let running = 0;

    for (const value of nums) {
        running += value;
        if (running > best) {
            best = running;
        }
        // a negative running sum can only drag the next elements down
        if (running < 0) {
            running = 0;
        }
    }

    return best;
};
