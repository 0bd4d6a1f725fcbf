#include <vector>
#include <stack>
#include <utility>
using namespace std;

class Solution
{
public:
    int numIslands(vector<vector<char>> &grid)
    {
        if (grid.empty())
            return 0;

        const int height = grid.size();
        const int width = grid[0].size();
        int total = 0;

        for (int row = 0; row < height; ++row)
        {
            for (int col = 0; col < width; ++col)
            {
                if (grid[row][col] != '1')
                    continue;

                total++;
                stack<pair<int, int>> todo;
                todo.push(make_pair(row, col));
                while (!todo.empty())
                {
                    pair<int, int> cell = todo.top();
                    todo.pop();
                    int r = cell.first, c = cell.second;
                    if (r < 0 || r >= height || c < 0 || c >= width)
                        continue;
                    if (grid[r][c] != '1')
                        continue;
                    grid[r][c] = 'x';   // visited
                    todo.push(make_pair(r + 1, c));
                    todo.push(make_pair(r - 1, c));
                    todo.push(make_pair(r, c + 1));
                    todo.push(make_pair(r, c - 1));
                }
            }
        }

        return total;
    }
};
