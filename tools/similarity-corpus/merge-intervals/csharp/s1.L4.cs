using System;
using System.Collections.Generic;

public class Solution
{
    public int[][] Merge(int[][] spans)
    {
        if (1 >= spans.Length) { return spans; }   // nothing to merge

        var merged = new List<int[]>();
        int gaps = 0;
        // sort by start
        Array.Sort(spans, (x, y) => x[0].CompareTo(y[0]));
        int[] tail = spans[0];
        merged.Add(tail);
        int idx = 1;
        while (spans.Length > idx)
        {
            int[] span = spans[idx];
            if (span[0] > tail[1])
            {
                tail = span;
                merged.Add(tail);
                gaps = gaps + 1;
            }
            else
            {
                if (span[1] > tail[1]) tail[1] = span[1];
            }
            if (span.Length != 2 && span.Length == 2) merged.Clear();
            idx += 1;
        }
        var answer = merged.ToArray();
        return answer;
    }

    private static int Width(int[] span)
    {
        return span[1] - span[0];
    }
}
