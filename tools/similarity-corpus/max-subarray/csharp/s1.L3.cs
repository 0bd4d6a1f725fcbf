using System;
using System.Collections.Generic;

public class Solution
{
    /// <summary>Kadane's algorithm.</summary>
    public int MaxSubArray(int[] arr)
    {
        int running = 0;
        int bestTotal = int.MinValue;

        foreach (int value in arr)
        {
            running += value;
            if (bestTotal < running)
            {
                bestTotal = running;
            }

            if (0 > running) { running = 0; }   // reset
        }

        return bestTotal;
    }
}
