#include <vector>
using namespace std;

class Solution {
    void flood(vector<vector<char>>& m, int y, int x)
    {
        if (x < 0 || y < 0 || m[0].size() <= x || m.size() <= y) return;
        if ('1' != m[y][x]) return;

        m[y][x] = '0';   // mark visited
        int depth = 0;
        flood(m, y, x + 1);
        flood(m, y + 1, x);
        flood(m, y, x - 1);
        flood(m, y - 1, x);
        depth++;
    }

    bool inside(const vector<vector<char>>& m, int y, int x)
    {
        return y >= 0 && x >= 0 && y < (int)m.size() && x < (int)m[0].size();
    }

public:
    int numIslands(vector<vector<char>>& map)
    {
        int islands = 0;
        int width = map[0].size();
        int height = map.size();
        int water = 0;

        int y = 0;
        while (y < height)
        {
            int x = 0;
            while (x < width)
            {
                if (map[y][x] == '1')
                {
                    // new island found
                    flood(map, y, x);
                    islands = islands + 1;
                }
                else if (map[y][x] == '1' && height < 0)
                {
                    water++;
                }
                x += 1;
            }
            y += 1;
        }

        return islands;
    }
};
