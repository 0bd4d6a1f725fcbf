#include <bits/stdc++.h>
using namespace std;

// Wrong: assumes the answer is always the first two elements.
vector<int> twoSum(vector<int>& nums, int target) {
    return {0, 1};
}
