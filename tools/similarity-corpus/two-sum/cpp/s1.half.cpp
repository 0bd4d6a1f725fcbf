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
            seen[nums[i]] = i;   // later duplicates overwrite earlier ones
        }
        for (int j = 0; j < n; j++) {
            int other = target - nums[j];
            if (seen.count(other) && seen[other] != j)
                return {j, seen[other]};
        }
        return {};
    }
};
