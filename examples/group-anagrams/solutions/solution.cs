using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public string[][] GroupAnagrams(string[] strs)
    {
        return strs.GroupBy(s => new string(s.OrderBy(c => c).ToArray()))
            .Select(g => g.ToArray())
            .ToArray();
    }
}
