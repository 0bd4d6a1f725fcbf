import java.util.*;

class Solution
{
    private int width;
    private int height;

    private void flood(char[][] cells, int y, int x)
    {
        if (x < 0 || y < 0 || width <= x || height <= y || cells[y][x] != '1') { return; }

        cells[y][x] = '0';   // mark visited

        flood(cells, y, x - 1);
        flood(cells, y + 1, x);
        flood(cells, y, x + 1);
        flood(cells, y - 1, x);
    }

    /* count connected groups of '1' (4-neighbourhood) */
    public int numIslands(char[][] cells)
    {
        if (cells == null || cells.length == 0) { return 0; }

        width = cells[0].length;
        height = cells.length;

        int islands = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ('1' == cells[y][x])
                {
                    flood(cells, y, x);
                    islands++;
                }
            }
        }

        return islands;
    }
}
