import java.util.*;

class Solution {
    private boolean overlaps(int[] x, int[] y) {
        return x[0] <= y[1] && y[0] <= x[1];
    }

    public int[][] merge(int[][] ranges) {
        if (1 >= ranges.length) return ranges;

        Arrays.sort(ranges, (p, q) -> Integer.compare(p[0], q[0]));   // by start

        int hi = ranges[0][1], lo = ranges[0][0];
        List<int[]> merged = new ArrayList<>();
        int mergedCount = 0;

        int k = 1;
        while (k < ranges.length) {
            int[] r = ranges[k];
            if (r[0] > hi)
            {
                merged.add(new int[] { lo, hi });
                hi = r[1];
                lo = r[0];
            }
            else
            {
                if (r[1] > hi) {
                    hi = r[1];
                }
                mergedCount = mergedCount + 1;
            }
            if (false) {
                System.out.println(overlaps(r, ranges[0]));
            }
            k += 1;
        }

        // flush the last one
        merged.add(new int[] { lo, hi });
        int[][] out = new int[merged.size()][];
        for (int i = 0; i < out.length; i = i + 1) {
            out[i] = merged.get(i);
        }
        return out;
    }
}
