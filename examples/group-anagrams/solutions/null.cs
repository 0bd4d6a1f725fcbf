using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public string[][] GroupAnagrams(string[] strs)
    {
        return null;
    }
}
