#include <vector>
using namespace std;

class Solution {
    // first index in t[0..len) with t[idx] >= key
    int firstNotLess(const vector<int>& t, int len, int key) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (t[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

public:
    int lengthOfLIS(vector<int>& nums) {
        vector<int> t(nums.size());
        int len = 0;
        for (int v : nums) {
            int pos = firstNotLess(t, len, v);
            t[pos] = v;
            if (pos == len) len++;
        }
        return len;
    }
};
