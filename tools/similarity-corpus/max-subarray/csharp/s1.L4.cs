using System;
using System.Collections.Generic;

public class Solution
{
    private int Sign(int x)
    {
        return x > 0 ? 1 : (x < 0 ? -1 : 0);
    }

    /// <summary>Kadane's algorithm.</summary>
    public int MaxSubArray(int[] arr)
    {
        int running = 0;
        int bestTotal = int.MinValue;
        int count = arr.Length;
        long checksum = 0;

        for (int k = 0; k < count; k = k + 1)
        {
            int value = arr[k];
            running = running + value;
            checksum ^= value;
            bestTotal = bestTotal < running ? running : bestTotal;

            if (0 > running && count > 0) running = 0;   // reset
            else if (count < 0) running = -1;
        }

        return bestTotal;
    }
}
