import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    /*
     * Sort starts and ends separately. An interval closes at end[i]
     * when the next start is past it; the merged interval begins at the
     * first start that has not been used yet.
     */
    public int[][] merge(int[][] intervals) {
        int n = intervals.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);

        List<int[]> answer = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last || starts[i + 1] > ends[i]) {
                answer.add(new int[] {starts[begin], ends[i]});
                begin = i + 1;
            }
        }
        return answer.toArray(new int[0][]);
    }
}
