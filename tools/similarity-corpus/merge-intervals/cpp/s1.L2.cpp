#include <vector>
#include <algorithm>
using namespace std;

class Solution {
    // comparator: order by left end
    static bool leftFirst(const vector<int>& x, const vector<int>& y) { return x[0] < y[0]; }

public:
    vector<vector<int>> merge(vector<vector<int>>& ranges)
    {
        sort(ranges.begin(), ranges.end(), leftFirst);

        vector<vector<int>> out;
        int lo = ranges[0][0];
        int hi = ranges[0][1];

        for (int k = 1; k < ranges.size(); k++)
        {
            if (ranges[k][0] <= hi)
            {
                hi = max(hi, ranges[k][1]);
            }
            else
            {
                // gap: close the block and open a new one
                out.push_back({lo, hi});
                lo = ranges[k][0];
                hi = ranges[k][1];
            }
        }

        out.push_back({lo, hi});   // last block
        return out;
    }
};
