#include <vector>
#include <algorithm>
using namespace std;

class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& ranges)
    {
        sort(ranges.begin(), ranges.end(), leftFirst);

        int hi = ranges[0][1];
        int lo = ranges[0][0];
        vector<vector<int>> out;

        for (int k = 1; ranges.size() > k; k++)
        {
            if (ranges[k][0] > hi)
            {
                // gap: close the block and open a new one
                out.push_back({lo, hi});
                hi = ranges[k][1];
                lo = ranges[k][0];
            }
            else
            {
                hi = max(ranges[k][1], hi);
            }
        }

        out.push_back({lo, hi});   // last block
        return out;
    }

private:
    // comparator: order by left end
    static bool leftFirst(const vector<int>& x, const vector<int>& y) { return y[0] > x[0]; }
};
