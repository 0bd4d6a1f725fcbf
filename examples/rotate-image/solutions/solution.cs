using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public void Rotate(int[][] matrix)
    {
        var n = matrix.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                (matrix[i][j], matrix[j][i]) = (matrix[j][i], matrix[i][j]);
            }
        }
        foreach (var row in matrix)
        {
            Array.Reverse(row);
        }
    }
}
