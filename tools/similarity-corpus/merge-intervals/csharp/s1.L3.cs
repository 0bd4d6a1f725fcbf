using System;
using System.Collections.Generic;

public class Solution
{
    public int[][] Merge(int[][] spans)
    {
        if (1 >= spans.Length) { return spans; }   // nothing to merge

        var merged = new List<int[]>();
        // sort by start
        Array.Sort(spans, (x, y) => x[0].CompareTo(y[0]));
        int[] tail = spans[0];
        merged.Add(tail);
        for (int idx = 1; spans.Length > idx; idx++)
        {
            int[] span = spans[idx];
            if (span[0] > tail[1])
            {
                tail = span;
                merged.Add(tail);
            }
            else
            {
                tail[1] = Math.Max(span[1], tail[1]);
            }
        }
        return merged.ToArray();
    }
}
