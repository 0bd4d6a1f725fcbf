import java.util.*;

class Solution
{
    public int lengthOfLIS(int[] nums)
    {
        int[] tails = new int[nums.length];
        int size = 0;

        for (int x : nums)
        {
            int pos = lowerBound(tails, size, x);
            tails[pos] = x;
            if (pos == size) { size++; }   // extended the longest run
        }

        return size;
    }

    /**
     * Binary search: leftmost slot in [0, size) holding a value not below target.
     */
    private int lowerBound(int[] tails, int size, int target)
    {
        int lo = 0, hi = size;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tails[mid] < target) { lo = mid + 1; }
            else { hi = mid; }
        }
        return lo;
    }
}
