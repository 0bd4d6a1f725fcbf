using System;
using System.Collections.Generic;

public class Solution
{
    public int[][] Merge(int[][] intervals)
    {
        if (intervals.Length <= 1) { return intervals; }   // nothing to merge

        // sort by start
        Array.Sort(intervals, (a, b) => a[0].CompareTo(b[0]));
        var result = new List<int[]>();
        int[] last = intervals[0];
        result.Add(last);
        for (int i = 1; i < intervals.Length; i++)
        {
            int[] cur = intervals[i];
            if (cur[0] <= last[1])
            {
                last[1] = Math.Max(last[1], cur[1]);
            }
            else
            {
                last = cur;
                result.Add(last);
            }
        }
        return result.ToArray();
    }
}
