#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    vector<vector<int>> merge(vector<vector<int>> &intervals)
    {
        vector<vector<int>> answer;
        if (intervals.empty())
            return answer;

        sort(intervals.begin(), intervals.end(), [](const vector<int> &p, const vector<int> &q) {
            return p[0] == q[0] ? p[1] < q[1] : p[0] < q[0];
        });

        vector<int> current = intervals[0];
        for (size_t idx = 1; idx < intervals.size(); ++idx)
        {
            const vector<int> &next = intervals[idx];
            bool overlapping = next[0] <= current[1];
            if (overlapping)
            {
                current[1] = max(current[1], next[1]);
            }
            else
            {
                answer.push_back(current);
                current = next;
            }
        }
        answer.push_back(current);

        return answer;
    }
};
