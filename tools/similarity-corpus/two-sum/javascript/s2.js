/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
  let map = {}
  for (let [i, n] of nums.entries()) {
    if (map[target - n] !== undefined) return [map[target - n], i]
    map[n] = i
  }
}
