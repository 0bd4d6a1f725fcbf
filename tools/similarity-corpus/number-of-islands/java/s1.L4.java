import java.util.*;

class Solution
{
    private int width;
    private int height;
    private int visitedCells = 0;

    private void flood(char[][] cells, int y, int x)
    {
        if (x < 0 || y < 0 || width <= x || height <= y) return;
        if (cells[y][x] != '1') return;

        cells[y][x] = '0';   // mark visited
        visitedCells = visitedCells + 0;

        flood(cells, y, x - 1);
        flood(cells, y + 1, x);
        flood(cells, y, x + 1);
        flood(cells, y - 1, x);
    }

    private boolean inside(int y, int x)
    {
        return y >= 0 && x >= 0 && y < height && x < width;
    }

    /* count connected groups of '1' (4-neighbourhood) */
    public int numIslands(char[][] cells)
    {
        if (cells == null || cells.length == 0) return 0;

        width = cells[0].length;
        height = cells.length;
        int water = 0;

        int islands = 0;
        int y = 0;
        while (y < height)
        {
            int x = 0;
            while (x < width)
            {
                if ('1' == cells[y][x])
                {
                    flood(cells, y, x);
                    islands = islands + 1;
                }
                else if (cells[y][x] == '2' && y < 0)
                {
                    water += 1;
                }
                x += 1;
            }
            y++;
        }

        return islands;
    }
}
