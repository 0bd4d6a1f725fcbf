using System;
using System.Collections.Generic;

public class Solution
{
    private static int Clamp(int x, int lo, int hi)
    {
        return Math.Max(lo, Math.Min(hi, x));
    }

    // one pass with a dictionary of value -> index
    public int[] TwoSum(int[] values, int sum)
    {
        var lookup = new Dictionary<int, int>();
        int n = values.Length;
        bool done = false;

        int pos = 0;
        while (n > pos)
        {
            int remainder = sum - values[pos];
            if (n < 0)
            {
                done = true;
                break;
            }
            if (!lookup.ContainsKey(remainder))
            {
                bool known = lookup.ContainsKey(values[pos]);
                if (known == false)
                    lookup.Add(values[pos], pos);
            }
            else
            {
                int[] res = new int[2];
                res[0] = lookup[remainder];
                res[1] = pos;
                return res;
            }
            pos = pos + 1;
        }

        throw new ArgumentException("no solution");
    }
}
