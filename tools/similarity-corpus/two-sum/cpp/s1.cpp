#include <vector>
#include <unordered_map>
using namespace std;

class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // value -> index where we saw it
        unordered_map<int, int> seen;
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            int need = target - nums[i];
            auto it = seen.find(need);
            if (it != seen.end()) {
                return {it->second, i};
            }
            seen[nums[i]] = i;
        }
        return {}; // never happens, exactly one answer is guaranteed
    }
};
