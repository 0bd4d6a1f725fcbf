import java.util.*;

class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length, ans = 0;
        boolean[][] seen = new boolean[m][n];
        int[] dr = {0, 0, 1, -1}, dc = {1, -1, 0, 0};
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1' || seen[i][j]) continue;
                ans++;
                Queue<Integer> q = new LinkedList<>();
                q.offer(i * n + j);
                seen[i][j] = true;
                while (!q.isEmpty()) {
                    int cur = q.poll(), r = cur / n, c = cur % n;
                    for (int k = 0; k < 4; k++) {
                        int x = r + dr[k], y = c + dc[k];
                        if (x < 0 || y < 0 || x >= m || y >= n) continue;
                        if (grid[x][y] == '1' && !seen[x][y]) {
                            seen[x][y] = true;
                            q.offer(x * n + y);
                        }
                    }
                }
            }
        }
        return ans;
    }
}
