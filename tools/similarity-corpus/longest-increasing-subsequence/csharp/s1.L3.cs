using System;
using System.Collections.Generic;

public class Solution
{
    // first index in a[0..n) whose value is >= key
    private int FindSlot(int[] a, int n, int key)
    {
        int hi = n - 1, lo = 0;
        while (hi >= lo)
        {
            int m = (hi + lo) / 2;
            if (a[m] >= key) { hi = m - 1; }
            else { lo = m + 1; }
        }
        return lo;
    }

    // patience sorting, O(n log n)
    public int LengthOfLIS(int[] numbers)
    {
        int length = 0;
        int[] piles = new int[numbers.Length];

        foreach (int num in numbers)
        {
            int slot = FindSlot(piles, length, num);
            piles[slot] = num;
            if (length == slot) { length++; }   // num extends the longest one
        }

        return length;
    }
}
