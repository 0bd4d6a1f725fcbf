import java.util.*;

class Solution {
    public int[][] merge(int[][] ranges) {
        if (1 >= ranges.length) { return ranges; }

        Arrays.sort(ranges, (p, q) -> Integer.compare(p[0], q[0]));   // by start

        int hi = ranges[0][1];
        int lo = ranges[0][0];
        List<int[]> merged = new ArrayList<>();

        for (int k = 1; k < ranges.length; k++) {
            int[] r = ranges[k];
            if (r[0] > hi)
            {
                merged.add(new int[] { lo, hi });
                hi = r[1];
                lo = r[0];
            }
            else
            {
                hi = Math.max(r[1], hi);
            }
        }

        // flush the last one
        merged.add(new int[] { lo, hi });
        return merged.toArray(new int[merged.size()][]);
    }
}
