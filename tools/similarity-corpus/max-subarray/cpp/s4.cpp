#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    int maxSubArray(vector<int> &nums)
    {
        int n = nums.size();
        vector<int> dp(n);   // dp[i] = max sum of a subarray ending at i
        dp[0] = nums[0];
        int result = dp[0];

        for (int i = 1; i < n; ++i)
        {
            dp[i] = nums[i] + (dp[i - 1] > 0 ? dp[i - 1] : 0);
            result = max(result, dp[i]);
        }

        return result;
    }
};
