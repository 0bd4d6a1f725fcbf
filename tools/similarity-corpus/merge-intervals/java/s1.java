import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length <= 1) {
            return intervals;
        }
        // sort by start so overlapping intervals become neighbours
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));

        List<int[]> result = new ArrayList<>();
        int start = intervals[0][0];
        int end = intervals[0][1];
        for (int i = 1; i < intervals.length; i++) {
            int[] cur = intervals[i];
            if (cur[0] <= end) {
                // overlaps the open interval: stretch it
                end = Math.max(end, cur[1]);
            } else {
                // gap: close the open interval and start a new one
                result.add(new int[] { start, end });
                start = cur[0];
                end = cur[1];
            }
        }
        result.add(new int[] { start, end });
        return result.toArray(new int[result.size()][]);
    }
}
