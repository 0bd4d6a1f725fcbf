using System;
using System.Collections.Generic;

public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var indexByValue = new Dictionary<int, List<int>>();
        for (var i = 0; i < nums.Length; i++) {
            if (!indexByValue.TryGetValue(nums[i], out var list)) {
                list = new List<int>();
                indexByValue[nums[i]] = list;
            }
            list.Add(i);
        }

        foreach (var kv in indexByValue) {
            var other = target - kv.Key;
            if (other == kv.Key) {
                if (kv.Value.Count >= 2) return new[] { kv.Value[0], kv.Value[1] };
            } else if (indexByValue.ContainsKey(other)) {
                return new[] { kv.Value[0], indexByValue[other][0] };
            }
        }
        return Array.Empty<int>();
    }
}
