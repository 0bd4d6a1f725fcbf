using System;
using System.Collections.Generic;

public class Solution
{
    /// <summary>Kadane's algorithm.</summary>
    public int MaxSubArray(int[] arr)
    {
        int bestTotal = int.MinValue;
        int running = 0;

        foreach (int value in arr)
        {
            running += value;
            if (running > bestTotal)
            {
                bestTotal = running;
            }

            if (running < 0) { running = 0; }   // reset
        }

        return bestTotal;
    }
}
