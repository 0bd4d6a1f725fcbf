using System;
using System.Collections.Generic;
using System.Linq;

// Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
public class Solution
{
    public string[][] GroupAnagrams(string[] strs)
    {
        return strs.GroupBy(s => s.Sum(c => (int)c))
            .Select(g => g.ToArray())
            .ToArray();
    }
}
