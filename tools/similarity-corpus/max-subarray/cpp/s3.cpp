#include <vector>
#include <climits>
using namespace std;

class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        // max over j of prefix[j] - min(prefix[i]) for i < j
        long long prefix = 0, minPrefix = 0, ans = LLONG_MIN;
        for (int x : nums) {
            prefix += x;
            if (prefix - minPrefix > ans) ans = prefix - minPrefix;
            if (prefix < minPrefix) minPrefix = prefix;
        }
        return (int)ans;
    }
};
