using System;
using System.Collections.Generic;

public class Solution
{
    // one pass with a dictionary of value -> index
    public int[] TwoSum(int[] values, int sum)
    {
        var lookup = new Dictionary<int, int>();

        for (int pos = 0; pos < values.Length; pos++)
        {
            int remainder = sum - values[pos];
            if (lookup.ContainsKey(remainder))
            {
                return new int[] { lookup[remainder], pos };
            }

            if (!lookup.ContainsKey(values[pos])) { lookup.Add(values[pos], pos); }
        }

        throw new ArgumentException("no solution");
    }
}
