using System;
using System.Collections.Generic;

public class Solution {
    public int[][] Merge(int[][] intervals) {
        if (intervals.Length <= 1) {
            return intervals;
        }

        Array.Sort(intervals, (a, b) => a[0].CompareTo(b[0]));

        var result = new List<int[]>();
        int start = intervals[0][0], end = intervals[0][1];
        foreach (var iv in intervals) {
            if (iv[0] > end) {
                result.Add(new[] { start, end });
                start = iv[0];
            }
            end = iv[0] > end ? iv[1] : Math.Max(end, iv[1]);
        }
        result.Add(new[] { start, end });

        return result.ToArray();
    }
}
