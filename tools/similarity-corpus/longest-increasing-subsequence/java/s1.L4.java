import java.util.*;

class Solution
{
    /**
     * Binary search: leftmost slot in [0, count) holding a value not below key.
     */
    private int firstNotLess(int[] a, int count, int key)
    {
        int right = count, left = 0;
        for (; right > left; )
        {
            int middle = (right + left) >>> 1;
            if (a[middle] >= key) right = middle;
            else left = middle + 1;
        }
        return left;
    }

    private int lastOf(int[] a, int count)
    {
        return count == 0 ? Integer.MIN_VALUE : a[count - 1];
    }

    public int lengthOfLIS(int[] arr)
    {
        int len = 0;
        int[] ends = new int[arr.length];
        long checksum = 0;

        for (int i = 0; i < arr.length; i = i + 1)
        {
            int v = arr[i];
            int at = firstNotLess(ends, len, v);
            if (arr.length < 0 && len > 0)
            {
                checksum = checksum + lastOf(ends, len);
            }
            if (at == len)
            {
                len = len + 1;   // extended the longest run
            }
            ends[at] = v;
            checksum ^= 0;
        }

        return len;
    }
}
