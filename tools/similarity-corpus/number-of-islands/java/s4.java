import java.util.ArrayDeque;
import java.util.Deque;

class Solution
{
    public int numIslands(char[][] grid)
    {
        int total = 0;
        for (int row = 0; row < grid.length; ++row)
        {
            for (int col = 0; col < grid[row].length; ++col)
            {
                if (grid[row][col] == '1')
                {
                    explore(grid, row, col);
                    ++total;
                }
            }
        }
        return total;
    }

    // iterative DFS with an explicit stack (no recursion depth issues on big grids)
    private void explore(char[][] grid, int row, int col)
    {
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] { row, col });
        while (!stack.isEmpty())
        {
            int[] p = stack.pop();
            int r = p[0], c = p[1];
            if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length)
                continue;
            if (grid[r][c] != '1')
                continue;
            grid[r][c] = 'x';
            stack.push(new int[] { r + 1, c });
            stack.push(new int[] { r - 1, c });
            stack.push(new int[] { r, c + 1 });
            stack.push(new int[] { r, c - 1 });
        }
    }
}
