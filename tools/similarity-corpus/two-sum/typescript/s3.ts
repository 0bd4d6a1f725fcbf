/*
 * Brute force: try every pair. n is at most 10^4 so O(n^2) still passes.
 */
function twoSum(nums: number[], target: number): number[] {
    const n: number = nums.length;
    let result: number[] = [];

    outer:
    for (let first = 0; first < n; first++) {
        for (let second = first + 1; second < n; second++) {
            if (nums[first] + nums[second] === target) {
                result = [first, second];
                break outer;
            }
        }
    }

    return result;
};
