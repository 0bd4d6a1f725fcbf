import java.util.*;

class Solution {
    public int numIslands(int[][] grid) {
        int rows = grid.length, columns = grid[0].length, islands = 0;
        int[] stack = new int[rows * columns];
        int[] dy = { 1, -1, 0, 0 }, dx = { 0, 0, 1, -1 };
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (grid[r][c] != 1) continue;
                islands++;
                int top = 0;
                stack[top++] = r * columns + c;
                grid[r][c] = 2;
                while (top > 0) {
                    int cell = stack[--top], y = cell / columns, x = cell % columns;
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < columns && grid[ny][nx] == 1) {
                            grid[ny][nx] = 2;
                            stack[top++] = ny * columns + nx;
                        }
                    }
                }
            }
        }
        return islands;
    }
}
