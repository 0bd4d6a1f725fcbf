#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    int numIslands(vector<vector<char>>& g) {
        int m = g.size(), n = g[0].size(), ans = 0;
        vector<vector<bool>> vis(m, vector<bool>(n, false));
        int dirs[5] = {0, 1, 0, -1, 0};
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (g[i][j] != '1' || vis[i][j]) continue;
                ++ans;
                queue<int> q;
                q.push(i * n + j);
                vis[i][j] = true;
                while (!q.empty()) {
                    int cur = q.front(); q.pop();
                    int x = cur / n, y = cur % n;
                    for (int k = 0; k < 4; ++k) {
                        int a = x + dirs[k], b = y + dirs[k + 1];
                        if (a < 0 || b < 0 || a >= m || b >= n) continue;
                        if (g[a][b] == '1' && !vis[a][b]) { vis[a][b] = true; q.push(a * n + b); }
                    }
                }
            }
        return ans;
    }
};
