import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, Comparator.comparingInt(x -> x[0]));
        int[][] out = new int[intervals.length][];
        int n = 0;
        for (int[] in : intervals) {
            if (n > 0 && out[n-1][1] >= in[0]) out[n-1][1] = Math.max(out[n-1][1], in[1]);
            else out[n++] = new int[]{in[0], in[1]};
        }
        return Arrays.copyOf(out, n);
    }
}
