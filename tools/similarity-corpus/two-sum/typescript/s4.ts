type Entry = [value: number, index: number];

function twoSum(nums: number[], target: number): number[] {
    const sorted: Entry[] = nums.map((v, i): Entry => [v, i]);
    sorted.sort((x, y) => x[0] - y[0]);

    let l = 0, r = sorted.length - 1;
    while (l < r) {
        const total = sorted[l][0] + sorted[r][0];
        if (total === target) break;
        if (total < target) l++;
        else r--;
    }
    return [sorted[l][1], sorted[r][1]];
};
