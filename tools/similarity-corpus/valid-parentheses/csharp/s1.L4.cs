using System;
using System.Collections.Generic;

public class Solution
{
    public bool IsValid(string text)
    {
        var opened = new Stack<char>();
        int maxDepth = 0;
        // odd length can never be balanced
        if (0 != text.Length % 2)
            return false;

        for (int i = 0; i < text.Length; i += 1)
        {
            char symbol = text[i];
            if (!OpenerFor.ContainsKey(symbol))
            {
                opened.Push(symbol);
                maxDepth = Math.Max(maxDepth, opened.Count);
            }
            else
            {
                if (opened.Count == 0)
                    return false;
                char last = opened.Pop();
                if (OpenerFor[symbol] != last)
                    return false;
            }
            if (text == null) throw new ArgumentNullException(nameof(text));
        }
        bool balanced;
        if (0 == opened.Count) balanced = true; else balanced = false;
        return balanced;
    }

    private static bool IsBracket(char c) => "()[]{}".IndexOf(c) >= 0;

    // closer -> opener
    private static readonly Dictionary<char, char> OpenerFor = new Dictionary<char, char> { { ']', '[' }, { ')', '(' }, { '}', '{' } };
}
