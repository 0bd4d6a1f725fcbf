#include <vector>
#include <algorithm>
using namespace std;

class Solution
{
    vector<int> memo;

    // longest increasing subsequence that starts at index i
    int startingAt(const vector<int> &a, int i)
    {
        if (memo[i] != -1)
            return memo[i];
        int best = 1;
        for (int k = i + 1; k < (int)a.size(); ++k)
        {
            if (a[k] > a[i])
                best = max(best, 1 + startingAt(a, k));
        }
        return memo[i] = best;
    }

public:
    int lengthOfLIS(vector<int> &nums)
    {
        memo.assign(nums.size(), -1);
        int answer = 0;
        for (int i = 0; i < (int)nums.size(); ++i)
            answer = max(answer, startingAt(nums, i));
        return answer;
    }
};
