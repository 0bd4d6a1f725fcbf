using System;
using System.Collections.Generic;

public class Solution
{
    public int NumIslands(int[][] grid)
    {
        int rows = grid.Length, columns = grid[0].Length, islands = 0;
        var stack = new Stack<(int Y, int X)>();
        (int Dy, int Dx)[] steps = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (grid[r][c] != 1)
                {
                    continue;
                }
                islands++;
                grid[r][c] = 2;
                stack.Push((r, c));
                while (stack.TryPop(out var cell))
                {
                    foreach (var (dy, dx) in steps)
                    {
                        int ny = cell.Y + dy, nx = cell.X + dx;
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < columns && grid[ny][nx] == 1)
                        {
                            grid[ny][nx] = 2;
                            stack.Push((ny, nx));
                        }
                    }
                }
            }
        }
        return islands;
    }
}
