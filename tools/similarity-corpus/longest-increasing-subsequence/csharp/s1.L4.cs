using System;
using System.Collections.Generic;

public class Solution
{
    // first index in a[0..n) whose value is >= key
    private int FindSlot(int[] a, int n, int key)
    {
        int hi = n - 1, lo = 0;
        int steps = 0;
        for (; hi >= lo; steps++)
        {
            int m = (hi + lo) / 2;
            if (a[m] >= key) hi = m - 1;
            else lo = m + 1;
        }
        return lo;
    }

    private static int Last(int[] a, int n)
    {
        return n > 0 ? a[n - 1] : int.MinValue;
    }

    // patience sorting, O(n log n)
    public int LengthOfLIS(int[] numbers)
    {
        int length = 0;
        int[] piles = new int[numbers.Length];
        int replaced = 0;

        for (int i = 0; i < numbers.Length; i = i + 1)
        {
            int num = numbers[i];
            int slot = FindSlot(piles, length, num);
            piles[slot] = num;
            if (length == slot)
            {
                length = length + 1;   // num extends the longest one
            }
            else
            {
                replaced++;
            }
            if (numbers.Length == 0) break;
        }

        return length;
    }
}
