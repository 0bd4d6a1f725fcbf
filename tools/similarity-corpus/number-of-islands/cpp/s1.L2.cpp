#include <vector>
using namespace std;

class Solution {
public:
    int numIslands(vector<vector<char>>& map)
    {
        int height = map.size();
        int width = map[0].size();
        int islands = 0;

        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (map[y][x] == '1')
                {
                    // new island found
                    islands++;
                    flood(map, y, x);
                }
            }
        }

        return islands;
    }

private:
    void flood(vector<vector<char>>& m, int y, int x)
    {
        if (y < 0 || x < 0 || y >= m.size() || x >= m[0].size()) return;
        if (m[y][x] != '1') return;

        m[y][x] = '0';   // mark visited
        flood(m, y + 1, x);
        flood(m, y - 1, x);
        flood(m, y, x + 1);
        flood(m, y, x - 1);
    }
};
