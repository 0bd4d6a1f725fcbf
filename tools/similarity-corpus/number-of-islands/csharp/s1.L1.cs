using System;
using System.Collections.Generic;

public class Solution
{
    // the four neighbours
    private static readonly int[][] Directions = { new[] { 1, 0 }, new[] { -1, 0 }, new[] { 0, 1 }, new[] { 0, -1 } };

    public int NumIslands(char[][] grid)
    {
        int m = grid.Length, n = grid[0].Length;
        var visited = new bool[m, n];
        int islands = 0;

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (grid[i][j] == '1' && !visited[i, j])
                {
                    islands++;
                    Bfs(grid, visited, i, j);   // mark the whole island
                }
            }
        }

        return islands;
    }

    private void Bfs(char[][] grid, bool[,] visited, int si, int sj)
    {
        var queue = new Queue<(int, int)>();
        queue.Enqueue((si, sj));
        visited[si, sj] = true;

        while (queue.Count > 0)
        {
            var (i, j) = queue.Dequeue();
            foreach (var d in Directions)
            {
                int ni = i + d[0], nj = j + d[1];
                if (ni < 0 || nj < 0 || ni >= grid.Length || nj >= grid[0].Length)
                    continue;
                if (grid[ni][nj] == '1' && !visited[ni, nj])
                {
                    visited[ni, nj] = true;
                    queue.Enqueue((ni, nj));
                }
            }
        }
    }
}
