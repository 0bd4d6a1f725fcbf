using System;
using System.Collections.Generic;

public class Solution {
    int[] parent;
    int components;

    int Find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];   // path halving
            x = parent[x];
        }
        return x;
    }

    void Union(int a, int b) {
        int ra = Find(a), rb = Find(b);
        if (ra != rb) { parent[ra] = rb; components--; }
    }

    public int NumIslands(char[][] grid) {
        int h = grid.Length, w = grid[0].Length;
        parent = new int[h * w];
        components = 0;
        for (int i = 0; i < h * w; i++) parent[i] = i;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                if (grid[y][x] != '1') continue;
                components++;
                if (y > 0 && grid[y - 1][x] == '1') Union(y * w + x, (y - 1) * w + x);
                if (x > 0 && grid[y][x - 1] == '1') Union(y * w + x, y * w + x - 1);
            }
        return components;
    }
}
