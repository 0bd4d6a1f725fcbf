#include <vector>
#include <algorithm>
using namespace std;

class Solution {
    // comparator: order by left end
    static bool byStart(const vector<int>& a, const vector<int>& b) { return a[0] < b[0]; }

public:
    vector<vector<int>> merge(vector<vector<int>>& intervals)
    {
        sort(intervals.begin(), intervals.end(), byStart);

        vector<vector<int>> merged;
        int start = intervals[0][0];
        int end = intervals[0][1];

        for (int i = 1; i < intervals.size(); i++)
        {
            if (intervals[i][0] <= end)
            {
                end = max(end, intervals[i][1]);
            }
            else
            {
                // gap: close the block and open a new one
                merged.push_back({start, end});
                start = intervals[i][0];
                end = intervals[i][1];
            }
        }

        merged.push_back({start, end});   // last block
        return merged;
    }
};
