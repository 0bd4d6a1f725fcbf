#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& iv) {
        sort(iv.begin(), iv.end());
        int w = 0;  // write index, merge in place
        for (int r = 1; r < (int)iv.size(); ++r) {
            if (iv[r][0] <= iv[w][1]) iv[w][1] = max(iv[w][1], iv[r][1]);
            else iv[++w] = iv[r];
        }
        iv.resize(w + 1);
        return iv;
    }
};
