using System;
using System.Collections.Generic;

public class Solution
{
    // the four neighbours
    private static readonly int[][] Moves = { new[] { 1, 0 }, new[] { -1, 0 }, new[] { 0, 1 }, new[] { 0, -1 } };

    public int NumIslands(char[][] board)
    {
        int rows = board.Length, cols = board[0].Length;
        var seen = new bool[rows, cols];
        int total = 0;

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (board[r][c] == '1' && !seen[r, c])
                {
                    total++;
                    Explore(board, seen, r, c);   // mark the whole island
                }
            }
        }

        return total;
    }

    private void Explore(char[][] board, bool[,] seen, int startR, int startC)
    {
        var pending = new Queue<(int, int)>();
        pending.Enqueue((startR, startC));
        seen[startR, startC] = true;

        while (pending.Count > 0)
        {
            var (r, c) = pending.Dequeue();
            foreach (var mv in Moves)
            {
                int nr = r + mv[0], nc = c + mv[1];
                if (nr < 0 || nc < 0 || nr >= board.Length || nc >= board[0].Length)
                    continue;
                if (board[nr][nc] == '1' && !seen[nr, nc])
                {
                    seen[nr, nc] = true;
                    pending.Enqueue((nr, nc));
                }
            }
        }
    }
}
