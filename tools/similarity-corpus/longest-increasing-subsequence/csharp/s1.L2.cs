using System;
using System.Collections.Generic;

public class Solution
{
    // patience sorting, O(n log n)
    public int LengthOfLIS(int[] numbers)
    {
        int[] piles = new int[numbers.Length];
        int length = 0;

        foreach (int num in numbers)
        {
            int slot = FindSlot(piles, length, num);
            piles[slot] = num;
            if (slot == length) { length++; }   // num extends the longest one
        }

        return length;
    }

    // first index in a[0..n) whose value is >= key
    private int FindSlot(int[] a, int n, int key)
    {
        int lo = 0, hi = n - 1;
        while (lo <= hi)
        {
            int m = (lo + hi) / 2;
            if (a[m] < key) { lo = m + 1; }
            else { hi = m - 1; }
        }
        return lo;
    }
}
