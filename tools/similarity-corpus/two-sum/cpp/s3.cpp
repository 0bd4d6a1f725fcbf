#include <vector>
using namespace std;

class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // brute force, n is at most 10^4 so n^2 passes
        for (size_t a = 0; a < nums.size(); a++)
            for (size_t b = a + 1; b < nums.size(); b++)
                if (nums[a] + nums[b] == target)
                    return {(int)a, (int)b};
        return {};
    }
};
