#include <vector>
#include <queue>
using namespace std;

class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int rows = grid.size();
        int cols = grid[0].size();
        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == '1') {
                    count++;
                    // BFS from here and clear the island
                    queue<pair<int, int>> q;
                    q.push({r, c});
                    grid[r][c] = '0';
                    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
                    while (!q.empty()) {
                        auto [y, x] = q.front(); q.pop();
                        for (int d = 0; d < 4; d++) {
                            int ny = y + dr[d], nx = x + dc[d];
                            if (ny >= 0 && nx >= 0 && ny < rows && nx < cols && grid[ny][nx] == '1') {
                                grid[ny][nx] = '0';
                                q.push({ny, nx});
                            }
                        }
                    }
                }
            }
        }
        return count;
    }
};
