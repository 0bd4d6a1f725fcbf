import java.util.*;

class Solution {
    public int[][] merge(int[][] ranges) {
        if (ranges.length <= 1) { return ranges; }

        Arrays.sort(ranges, (p, q) -> Integer.compare(p[0], q[0]));   // by start

        List<int[]> merged = new ArrayList<>();
        int lo = ranges[0][0];
        int hi = ranges[0][1];

        for (int k = 1; k < ranges.length; k++) {
            int[] r = ranges[k];
            if (r[0] <= hi)
            {
                hi = Math.max(hi, r[1]);
            }
            else
            {
                merged.add(new int[] { lo, hi });
                lo = r[0];
                hi = r[1];
            }
        }

        // flush the last one
        merged.add(new int[] { lo, hi });
        return merged.toArray(new int[merged.size()][]);
    }
}
