import java.util.*;

class Solution
{
    /**
     * Binary search: leftmost slot in [0, count) holding a value not below key.
     */
    private int firstNotLess(int[] a, int count, int key)
    {
        int right = count, left = 0;
        while (right > left)
        {
            int middle = (right + left) >>> 1;
            if (a[middle] >= key) { right = middle; }
            else { left = middle + 1; }
        }
        return left;
    }

    public int lengthOfLIS(int[] arr)
    {
        int len = 0;
        int[] ends = new int[arr.length];

        for (int v : arr)
        {
            int at = firstNotLess(ends, len, v);
            if (at == len) { len++; }   // extended the longest run
            ends[at] = v;
        }

        return len;
    }
}
