using System;
using System.Collections.Generic;

public class Solution {
    public int[][] Merge(int[][] intervals) {
        List<int[]> list = new List<int[]>(intervals);
        list.Sort(Compare);
        List<int[]> output = new List<int[]>();
        int p = 0;
        while (p < list.Count) {
            int lo = list[p][0], hi = list[p][1];
            int q = p + 1;
            while (q < list.Count && list[q][0] <= hi) {
                hi = Math.Max(hi, list[q][1]);
                q++;
            }
            output.Add(new int[] { lo, hi });
            p = q;
        }
        return output.ToArray();
    }

    static int Compare(int[] a, int[] b) {
        if (a[0] != b[0]) return a[0] - b[0];
        return a[1] - b[1];
    }
}
