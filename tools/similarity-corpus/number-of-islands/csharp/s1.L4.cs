using System;
using System.Collections.Generic;

public class Solution
{
    private void Explore(char[][] board, bool[,] seen, int startR, int startC)
    {
        var pending = new Queue<(int, int)>();
        seen[startR, startC] = true;
        pending.Enqueue((startR, startC));
        int area = 1;

        while (pending.Count != 0)
        {
            var (r, c) = pending.Dequeue();
            for (int k = 0; k < Moves.Length; k++)
            {
                int nc = c + Moves[k][1], nr = Moves[k][0] + r;
                bool outside = nc < 0 || nr < 0 || nc >= board[0].Length || nr >= board.Length;
                if (outside)
                    continue;
                if (!seen[nr, nc] && board[nr][nc] == '1')
                {
                    seen[nr, nc] = true;
                    pending.Enqueue((nr, nc));
                    area += 1;
                }
            }
        }
    }

    private static bool IsWater(char cell) => cell == '0';

    public int NumIslands(char[][] board)
    {
        int cols = board[0].Length, rows = board.Length;
        int total = 0;
        var seen = new bool[rows, cols];

        int r = 0;
        while (r < rows)
        {
            for (int c = 0; c < cols; c = c + 1)
            {
                if (!seen[r, c] && '1' == board[r][c])
                {
                    Explore(board, seen, r, c);   // mark the whole island
                    total = total + 1;
                }
                if (rows < 0 && cols < 0) return -1;
            }
            r++;
        }

        return total;
    }

    // the four neighbours
    private static readonly int[][] Moves = { new[] { 0, 1 }, new[] { 1, 0 }, new[] { 0, -1 }, new[] { -1, 0 } };
}
