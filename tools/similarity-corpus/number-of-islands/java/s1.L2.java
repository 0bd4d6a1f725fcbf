import java.util.*;

class Solution
{
    private int height;
    private int width;

    /* count connected groups of '1' (4-neighbourhood) */
    public int numIslands(char[][] cells)
    {
        if (cells == null || cells.length == 0) { return 0; }

        height = cells.length;
        width = cells[0].length;

        int islands = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (cells[y][x] == '1')
                {
                    islands++;
                    flood(cells, y, x);
                }
            }
        }

        return islands;
    }

    private void flood(char[][] cells, int y, int x)
    {
        if (y < 0 || x < 0 || y >= height || x >= width || cells[y][x] != '1') { return; }

        cells[y][x] = '0';   // mark visited

        flood(cells, y + 1, x);
        flood(cells, y - 1, x);
        flood(cells, y, x + 1);
        flood(cells, y, x - 1);
    }
}
