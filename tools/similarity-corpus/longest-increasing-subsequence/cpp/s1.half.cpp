#include <vector>
#include <algorithm>
using namespace std;

class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = nums.size();
        if (n == 0) return 0;
        // dp[i] = length of the longest increasing subsequence ending at nums[i]
        vector<int> dp(n, 1);
        for (int i = n - 2; i >= 0; i--)   // built from the right: dp[i] = LIS starting at i
            for (int k = i + 1; k < n; k++)
                if (nums[k] > nums[i] && dp[k] + 1 > dp[i]) dp[i] = dp[k] + 1;
        return *max_element(dp.begin(), dp.end());
    }
};
