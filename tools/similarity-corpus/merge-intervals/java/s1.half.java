import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length <= 1) {
            return intervals;
        }
        // sort by start so overlapping intervals become neighbours
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));

        LinkedList<int[]> result = new LinkedList<>();
        for (int[] iv : intervals) {
            if (result.isEmpty() || result.getLast()[1] < iv[0]) {
                result.add(new int[] { iv[0], iv[1] });
            } else {
                result.getLast()[1] = Math.max(result.getLast()[1], iv[1]);
            }
        }
        return result.toArray(new int[result.size()][]);
    }
}
