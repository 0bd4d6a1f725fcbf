#include <vector>
#include <numeric>
using namespace std;

// union-find over the land cells
class DSU {
    vector<int> parent, rnk;
public:
    int sets = 0;
    DSU(int n) : parent(n), rnk(n, 0) { iota(parent.begin(), parent.end(), 0); }
    int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
    void unite(int a, int b) {
        a = find(a); b = find(b);
        if (a == b) return;
        if (rnk[a] < rnk[b]) swap(a, b);
        parent[b] = a;
        if (rnk[a] == rnk[b]) rnk[a]++;
        sets--;
    }
};

class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int R = grid.size(), C = grid[0].size();
        DSU dsu(R * C);
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++)
                if (grid[r][c] == '1') dsu.sets++;
        for (int r = 0; r < R; r++) {
            for (int c = 0; c < C; c++) {
                if (grid[r][c] != '1') continue;
                if (r + 1 < R && grid[r + 1][c] == '1') dsu.unite(r * C + c, (r + 1) * C + c);
                if (c + 1 < C && grid[r][c + 1] == '1') dsu.unite(r * C + c, r * C + c + 1);
            }
        }
        return dsu.sets;
    }
};
