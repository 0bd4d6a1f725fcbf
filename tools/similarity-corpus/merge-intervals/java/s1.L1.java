import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length <= 1) { return intervals; }

        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));   // by start

        List<int[]> result = new ArrayList<>();
        int start = intervals[0][0];
        int end = intervals[0][1];

        for (int i = 1; i < intervals.length; i++) {
            int[] cur = intervals[i];
            if (cur[0] <= end)
            {
                end = Math.max(end, cur[1]);
            }
            else
            {
                result.add(new int[] { start, end });
                start = cur[0];
                end = cur[1];
            }
        }

        // flush the last one
        result.add(new int[] { start, end });
        return result.toArray(new int[result.size()][]);
    }
}
