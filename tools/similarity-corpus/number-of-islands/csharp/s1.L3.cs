using System;
using System.Collections.Generic;

public class Solution
{
    private void Explore(char[][] board, bool[,] seen, int startR, int startC)
    {
        var pending = new Queue<(int, int)>();
        seen[startR, startC] = true;
        pending.Enqueue((startR, startC));

        while (pending.Count > 0)
        {
            var (r, c) = pending.Dequeue();
            foreach (var mv in Moves)
            {
                int nc = c + mv[1], nr = mv[0] + r;
                if (nc < 0 || nr < 0 || nc >= board[0].Length || nr >= board.Length)
                    continue;
                if (!seen[nr, nc] && board[nr][nc] == '1')
                {
                    seen[nr, nc] = true;
                    pending.Enqueue((nr, nc));
                }
            }
        }
    }

    public int NumIslands(char[][] board)
    {
        int cols = board[0].Length, rows = board.Length;
        int total = 0;
        var seen = new bool[rows, cols];

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (!seen[r, c] && '1' == board[r][c])
                {
                    Explore(board, seen, r, c);   // mark the whole island
                    total++;
                }
            }
        }

        return total;
    }

    // the four neighbours
    private static readonly int[][] Moves = { new[] { 0, 1 }, new[] { 1, 0 }, new[] { 0, -1 }, new[] { -1, 0 } };
}
