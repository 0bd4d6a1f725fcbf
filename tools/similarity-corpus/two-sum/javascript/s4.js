/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
const withIndex = (values) => values.map((value, index) => ({ value, index }));

var twoSum = function(nums, target) {
    // sort copies (value + original index) and squeeze from both ends
    const items = withIndex(nums).sort((a, b) => a.value - b.value);
    let left = 0;
    let right = items.length - 1;

    while (left < right) {
        const s = items[left].value + items[right].value;
        if (s === target) {
            return [items[left].index, items[right].index];
        }
        if (s < target) {
            left++;
        } else {
            right--;
        }
    }
    return [];
};
