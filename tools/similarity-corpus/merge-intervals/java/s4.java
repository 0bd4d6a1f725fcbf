import java.util.*;

class Solution
{
    static class Interval implements Comparable<Interval>
    {
        int lo, hi;

        Interval(int lo, int hi) { this.lo = lo; this.hi = hi; }

        public int compareTo(Interval other) { return Integer.compare(lo, other.lo); }
    }

    public int[][] merge(int[][] intervals)
    {
        PriorityQueue<Interval> pq = new PriorityQueue<>();
        for (int[] iv : intervals)
            pq.offer(new Interval(iv[0], iv[1]));

        List<int[]> res = new ArrayList<>();
        while (!pq.isEmpty())
        {
            Interval cur = pq.poll();
            while (!pq.isEmpty() && pq.peek().lo <= cur.hi)
            {
                Interval next = pq.poll();
                cur.hi = Math.max(cur.hi, next.hi);
            }
            res.add(new int[] { cur.lo, cur.hi });
        }

        int[][] arr = new int[res.size()][2];
        for (int i = 0; i < arr.length; i++)
            arr[i] = res.get(i);
        return arr;
    }
}
