#include <bits/stdc++.h>
using namespace std;

class Solution {
    // divide and conquer, O(n log n)
    int solve(vector<int>& a, int lo, int hi) {
        if (lo == hi) return a[lo];
        int mid = (lo + hi) / 2;
        int leftBest = INT_MIN, rightBest = INT_MIN, sum = 0;
        for (int i = mid; i >= lo; --i) { sum += a[i]; leftBest = max(leftBest, sum); }
        sum = 0;
        for (int i = mid + 1; i <= hi; ++i) { sum += a[i]; rightBest = max(rightBest, sum); }
        int cross = leftBest + rightBest;
        return max({solve(a, lo, mid), solve(a, mid + 1, hi), cross});
    }
public:
    int maxSubArray(vector<int>& nums) {
        return solve(nums, 0, nums.size() - 1);
    }
};
