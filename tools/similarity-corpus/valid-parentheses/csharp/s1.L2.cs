using System;
using System.Collections.Generic;

public class Solution
{
    // closer -> opener
    private static readonly Dictionary<char, char> OpenerFor = new Dictionary<char, char> { { ')', '(' }, { ']', '[' }, { '}', '{' } };

    public bool IsValid(string text)
    {
        // odd length can never be balanced
        if (text.Length % 2 != 0)
            return false;

        var opened = new Stack<char>();
        foreach (char symbol in text)
        {
            if (OpenerFor.ContainsKey(symbol))
            {
                if (opened.Count == 0 || opened.Pop() != OpenerFor[symbol])
                {
                    return false;
                }
            }
            else { opened.Push(symbol); }
        }
        return opened.Count == 0;
    }
}
