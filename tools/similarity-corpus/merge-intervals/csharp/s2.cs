using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public int[][] Merge(int[][] intervals)
    {
        var sorted = intervals.OrderBy(x => x[0]).ThenBy(x => x[1]).ToList();
        var stack = new Stack<int[]>();
        foreach (var iv in sorted)
        {
            if (stack.Count > 0 && stack.Peek()[1] >= iv[0])
            {
                var top = stack.Pop();
                stack.Push(new[] { top[0], Math.Max(top[1], iv[1]) });
            }
            else
            {
                stack.Push(iv);
            }
        }
        return stack.Reverse().ToArray();
    }
}
