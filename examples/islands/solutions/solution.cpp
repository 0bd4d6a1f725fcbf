#include <bits/stdc++.h>
using namespace std;

int numIslands(vector<vector<int>>& grid) {
    int rows = grid.size(), columns = grid[0].size(), islands = 0;
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
            if (grid[r][c] != 1) continue;
            islands++;
            vector<pair<int, int>> stack{{r, c}};
            grid[r][c] = 2;
            while (!stack.empty()) {
                auto [y, x] = stack.back();
                stack.pop_back();
                const int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
                for (int d = 0; d < 4; d++) {
                    int ny = y + dy[d], nx = x + dx[d];
                    if (ny >= 0 && ny < rows && nx >= 0 && nx < columns && grid[ny][nx] == 1) {
                        grid[ny][nx] = 2;
                        stack.push_back({ny, nx});
                    }
                }
            }
        }
    }
    return islands;
}
