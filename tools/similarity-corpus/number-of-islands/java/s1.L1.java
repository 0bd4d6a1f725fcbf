import java.util.*;

class Solution
{
    private int rows;
    private int cols;

    /* count connected groups of '1' (4-neighbourhood) */
    public int numIslands(char[][] grid)
    {
        if (grid == null || grid.length == 0) { return 0; }

        rows = grid.length;
        cols = grid[0].length;

        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == '1')
                {
                    count++;
                    sink(grid, r, c);
                }
            }
        }

        return count;
    }

    private void sink(char[][] grid, int r, int c)
    {
        if (r < 0 || c < 0 || r >= rows || c >= cols || grid[r][c] != '1') { return; }

        grid[r][c] = '0';   // mark visited

        sink(grid, r + 1, c);
        sink(grid, r - 1, c);
        sink(grid, r, c + 1);
        sink(grid, r, c - 1);
    }
}
