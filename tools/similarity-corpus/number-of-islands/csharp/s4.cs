using System;
using System.Collections.Generic;

public class Solution {
    public int NumIslands(char[][] grid) {
        int rows = grid.Length;
        int cols = grid[0].Length;
        int result = 0;
        var stack = new Stack<int>();

        for (int start = 0; start < rows * cols; start++) {
            if (grid[start / cols][start % cols] != '1') continue;
            result++;
            grid[start / cols][start % cols] = '#';
            stack.Push(start);
            while (stack.Count > 0) {
                int cell = stack.Pop();
                int r = cell / cols, c = cell % cols;
                if (r > 0 && grid[r - 1][c] == '1') { grid[r - 1][c] = '#'; stack.Push(cell - cols); }
                if (r < rows - 1 && grid[r + 1][c] == '1') { grid[r + 1][c] = '#'; stack.Push(cell + cols); }
                if (c > 0 && grid[r][c - 1] == '1') { grid[r][c - 1] = '#'; stack.Push(cell - 1); }
                if (c < cols - 1 && grid[r][c + 1] == '1') { grid[r][c + 1] = '#'; stack.Push(cell + 1); }
            }
        }
        return result;
    }
}
