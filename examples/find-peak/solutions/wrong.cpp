#include <bits/stdc++.h>
using namespace std;

// Wrong: checks the inner elements only, and falls back to 0 (missing a peak at the end).
int findPeakElement(vector<int>& nums) {
    for (int i = 1; i + 1 < (int)nums.size(); i++)
        if (nums[i] > nums[i - 1] && nums[i] > nums[i + 1]) return i;
    return 0;
}
