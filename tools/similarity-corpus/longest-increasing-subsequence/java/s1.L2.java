import java.util.*;

class Solution
{
    public int lengthOfLIS(int[] arr)
    {
        int[] ends = new int[arr.length];
        int len = 0;

        for (int v : arr)
        {
            int at = firstNotLess(ends, len, v);
            ends[at] = v;
            if (at == len) { len++; }   // extended the longest run
        }

        return len;
    }

    /**
     * Binary search: leftmost slot in [0, count) holding a value not below key.
     */
    private int firstNotLess(int[] a, int count, int key)
    {
        int left = 0, right = count;
        while (left < right)
        {
            int middle = (left + right) >>> 1;
            if (a[middle] < key) { left = middle + 1; }
            else { right = middle; }
        }
        return left;
    }
}
