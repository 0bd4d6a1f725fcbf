#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
public:
    /* classic O(n^2) dynamic programming */
    int lengthOfLIS(vector<int>& nums)
    {
        int n = nums.size();
        if (n == 0)
            return 0;

        vector<int> dp(n, 1);
        int longest = 1;

        for (int i = 1; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (nums[j] < nums[i])
                {
                    dp[i] = max(dp[i], dp[j] + 1);   // extend the run ending at j
                }
            }

            longest = max(longest, dp[i]);
        }
        return longest;
    }
};
