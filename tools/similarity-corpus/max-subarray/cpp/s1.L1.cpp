#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    int maxSubArray(vector<int>& nums)
    {
        int current = nums[0];
        int best = nums[0];

        for (int i = 1; i < nums.size(); i++)
        {
            // a negative running sum only hurts, so drop it
            if (current < 0) {
                current = nums[i];
            } else {
                current += nums[i];
            }

            best = max(best, current);
        }

        return best;
    }
};
