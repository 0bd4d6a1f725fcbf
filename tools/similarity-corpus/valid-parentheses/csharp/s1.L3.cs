using System;
using System.Collections.Generic;

public class Solution
{
    public bool IsValid(string text)
    {
        var opened = new Stack<char>();
        // odd length can never be balanced
        if (0 != text.Length % 2)
            return false;

        foreach (char symbol in text)
        {
            if (!OpenerFor.ContainsKey(symbol)) { opened.Push(symbol); }
            else
            {
                if (opened.Count == 0 || OpenerFor[symbol] != opened.Pop())
                {
                    return false;
                }
            }
        }
        return 0 == opened.Count;
    }

    // closer -> opener
    private static readonly Dictionary<char, char> OpenerFor = new Dictionary<char, char> { { ']', '[' }, { ')', '(' }, { '}', '{' } };
}
