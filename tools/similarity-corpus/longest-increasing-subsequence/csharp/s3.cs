using System;
using System.Collections.Generic;
using System.Linq;

public class Solution {
    // Fenwick tree over compressed values: best[v] = longest LIS ending with a value of rank <= v
    private int[] tree;

    private int Query(int i) {
        int res = 0;
        for (; i > 0; i -= i & -i) res = Math.Max(res, tree[i]);
        return res;
    }

    private void Update(int i, int val) {
        for (; i < tree.Length; i += i & -i) tree[i] = Math.Max(tree[i], val);
    }

    public int LengthOfLIS(int[] nums) {
        int[] sorted = nums.Distinct().OrderBy(v => v).ToArray();
        tree = new int[sorted.Length + 1];
        int ans = 0;
        foreach (int v in nums) {
            int rank = Array.BinarySearch(sorted, v) + 1;   // 1-based
            int len = Query(rank - 1) + 1;                  // strictly smaller values only
            Update(rank, len);
            ans = Math.Max(ans, len);
        }
        return ans;
    }
}
