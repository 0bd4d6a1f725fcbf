using System;
using System.Collections.Generic;

public class Solution {
    public int[][] Merge(int[][] intervals) {
        int n = intervals.Length;
        // sort starts and ends independently; a block closes at ends[i] when starts[i+1] > ends[i]
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Array.Sort(starts);
        Array.Sort(ends);

        var res = new List<int[]>();
        int blockStart = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || starts[i + 1] > ends[i]) {
                res.Add(new int[] { starts[blockStart], ends[i] });
                blockStart = i + 1;
            }
        }
        return res.ToArray();
    }
}
