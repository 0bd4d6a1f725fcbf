using System;
using System.Collections.Generic;

public class Solution {
    public int LengthOfLIS(int[] nums) {
        // tails[k] = smallest tail of an increasing subsequence of length k + 1
        var tails = new List<int>();
        foreach (int x in nums) {
            int pos = tails.BinarySearch(x);
            if (pos < 0) pos = ~pos;
            if (pos == tails.Count) tails.Add(x);
            else tails[pos] = x;
        }
        return tails.Count;
    }
}
