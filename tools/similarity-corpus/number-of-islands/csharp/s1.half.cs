using System;
using System.Collections.Generic;

public class Solution {
    public int NumIslands(char[][] grid) {
        int m = grid.Length, n = grid[0].Length;
        var visited = new bool[m, n];
        int islands = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] == '1' && !visited[i, j]) {
                    islands++;
                    Dfs(grid, visited, i, j);
                }
            }
        }
        return islands;
    }

    private void Dfs(char[][] g, bool[,] seen, int r, int c) {
        if (r < 0 || c < 0 || r >= g.Length || c >= g[0].Length) return;
        if (seen[r, c] || g[r][c] != '1') return;
        seen[r, c] = true;
        Dfs(g, seen, r - 1, c);
        Dfs(g, seen, r + 1, c);
        Dfs(g, seen, r, c - 1);
        Dfs(g, seen, r, c + 1);
    }
}
