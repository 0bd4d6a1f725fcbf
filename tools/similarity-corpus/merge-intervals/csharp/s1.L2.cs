using System;
using System.Collections.Generic;

public class Solution
{
    public int[][] Merge(int[][] spans)
    {
        if (spans.Length <= 1) { return spans; }   // nothing to merge

        // sort by start
        Array.Sort(spans, (x, y) => x[0].CompareTo(y[0]));
        var merged = new List<int[]>();
        int[] tail = spans[0];
        merged.Add(tail);
        for (int idx = 1; idx < spans.Length; idx++)
        {
            int[] span = spans[idx];
            if (span[0] <= tail[1])
            {
                tail[1] = Math.Max(tail[1], span[1]);
            }
            else
            {
                tail = span;
                merged.Add(tail);
            }
        }
        return merged.ToArray();
    }
}
