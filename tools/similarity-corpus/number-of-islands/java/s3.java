class Solution {
    int[] parent;
    int sets;

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra != rb) {
            parent[ra] = rb;
            sets--;
        }
    }

    public int numIslands(char[][] grid) {
        int h = grid.length, w = grid[0].length;
        parent = new int[h * w];
        sets = 0;
        for (int i = 0; i < h; i++)
            for (int j = 0; j < w; j++) {
                parent[i * w + j] = i * w + j;
                if (grid[i][j] == '1') sets++;
            }
        // only look right and down, every edge is seen once
        for (int i = 0; i < h; i++)
            for (int j = 0; j < w; j++) {
                if (grid[i][j] != '1') continue;
                if (i + 1 < h && grid[i + 1][j] == '1') union(i * w + j, (i + 1) * w + j);
                if (j + 1 < w && grid[i][j + 1] == '1') union(i * w + j, i * w + j + 1);
            }
        return sets;
    }
}
