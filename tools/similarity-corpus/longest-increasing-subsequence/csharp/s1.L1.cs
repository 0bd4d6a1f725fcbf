using System;
using System.Collections.Generic;

public class Solution
{
    // patience sorting, O(n log n)
    public int LengthOfLIS(int[] nums)
    {
        int[] tails = new int[nums.Length];
        int size = 0;

        foreach (int x in nums)
        {
            int pos = LowerBound(tails, size, x);
            tails[pos] = x;
            if (pos == size) { size++; }   // x extends the longest one
        }

        return size;
    }

    // first index in arr[0..count) whose value is >= target
    private int LowerBound(int[] arr, int count, int target)
    {
        int left = 0, right = count - 1;
        while (left <= right)
        {
            int mid = (left + right) / 2;
            if (arr[mid] < target) { left = mid + 1; }
            else { right = mid - 1; }
        }
        return left;
    }
}
