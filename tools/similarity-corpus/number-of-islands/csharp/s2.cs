using System;
using System.Collections.Generic;

public class Solution
{
    public int NumIslands(char[][] grid)
    {
        var count = 0;
        for (var row = 0; row < grid.Length; row++)
        {
            for (var col = 0; col < grid[row].Length; col++)
            {
                if (grid[row][col] == '1')
                {
                    count++;
                    Sink(grid, row, col);
                }
            }
        }
        return count;
    }

    // recursive flood fill, overwrites land with water
    private void Sink(char[][] grid, int row, int col)
    {
        if (row < 0 || row >= grid.Length) return;
        if (col < 0 || col >= grid[row].Length) return;
        if (grid[row][col] != '1') return;

        grid[row][col] = '0';
        Sink(grid, row + 1, col);
        Sink(grid, row - 1, col);
        Sink(grid, row, col + 1);
        Sink(grid, row, col - 1);
    }
}
