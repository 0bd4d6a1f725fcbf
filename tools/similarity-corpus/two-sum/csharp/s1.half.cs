using System;
using System.Collections.Generic;

public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var map = new Dictionary<int, int>();
        for (int i = 0; i < nums.Length; i++) {
            int diff = target - nums[i];
            // have we already seen the partner?
            if (map.TryGetValue(diff, out int earlier))
                return [earlier, i];
            map[nums[i]] = i;
        }
        return [];
    }
}
