using System;
using System.Collections.Generic;

public class Solution
{
    // closer -> opener
    private static readonly Dictionary<char, char> Pairs = new Dictionary<char, char> { { ')', '(' }, { ']', '[' }, { '}', '{' } };

    public bool IsValid(string s)
    {
        // odd length can never be balanced
        if (s.Length % 2 != 0)
            return false;

        var stack = new Stack<char>();
        foreach (char c in s)
        {
            if (Pairs.ContainsKey(c))
            {
                if (stack.Count == 0 || stack.Pop() != Pairs[c])
                {
                    return false;
                }
            }
            else { stack.Push(c); }
        }
        return stack.Count == 0;
    }
}
