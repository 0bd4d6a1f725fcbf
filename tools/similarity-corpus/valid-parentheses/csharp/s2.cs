using System;
using System.Collections.Generic;

public class Solution
{
    public bool IsValid(string s)
    {
        var st = new Stack<char>();
        foreach (var ch in s)
        {
            if (ch == '(' || ch == '[' || ch == '{')
            {
                st.Push(ch);
                continue;
            }
            if (st.Count == 0) return false;
            var open = st.Pop();
            if (!Matches(open, ch)) return false;
        }
        return st.Count == 0;
    }

    private bool Matches(char open, char close)
    {
        return (open == '(' && close == ')')
            || (open == '[' && close == ']')
            || (open == '{' && close == '}');
    }
}
