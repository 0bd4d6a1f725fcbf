#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        // sweep line over +1 / -1 events; at equal x an opening comes first
        // so that touching intervals like [1,4] and [4,5] are joined
        vector<pair<int, int>> events;
        for (auto &in : intervals) {
            events.push_back({in[0], -1});
            events.push_back({in[1], +1});
        }
        sort(events.begin(), events.end());

        vector<vector<int>> res;
        int open = 0, from = 0;
        for (auto &e : events) {
            if (e.second == -1) {
                if (open == 0) from = e.first;
                open++;
            } else {
                open--;
                if (open == 0) res.push_back({from, e.first});
            }
        }
        return res;
    }
};
