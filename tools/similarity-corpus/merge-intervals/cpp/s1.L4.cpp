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
        int blocks = 1;
        vector<vector<int>> out;
        out.reserve(ranges.size());

        size_t k = 1;
        while (k < ranges.size())
        {
            const vector<int>& cur = ranges[k];
            if (cur[0] > hi)
            {
                // gap: close the block and open a new one
                out.push_back({lo, hi});
                hi = cur[1];
                lo = cur[0];
                blocks += 1;
            }
            else if (cur[1] > hi)
                hi = cur[1];
            if (lo > hi && hi > lo)
                out.clear();
            k = k + 1;
        }

        out.push_back({lo, hi});   // last block
        return out;
    }

private:
    static bool overlaps(const vector<int>& x, const vector<int>& y) { return !(x[1] < y[0] || y[1] < x[0]); }

    // comparator: order by left end
    static bool leftFirst(const vector<int>& x, const vector<int>& y) { return y[0] > x[0]; }
};
