#include <vector>
using namespace std;

class Solution {
    void flood(vector<vector<char>>& m, int y, int x)
    {
        if (x < 0 || y < 0 || m[0].size() <= x || m.size() <= y) return;
        if ('1' != m[y][x]) return;

        m[y][x] = '0';   // mark visited
        flood(m, y, x + 1);
        flood(m, y + 1, x);
        flood(m, y, x - 1);
        flood(m, y - 1, x);
    }

public:
    int numIslands(vector<vector<char>>& map)
    {
        int islands = 0;
        int width = map[0].size();
        int height = map.size();

        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (map[y][x] == '1')
                {
                    // new island found
                    flood(map, y, x);
                    islands++;
                }
            }
        }

        return islands;
    }
};
