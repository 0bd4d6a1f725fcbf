#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    bool isValid(string s) {
        unordered_map<char,char> close = {{')','('},{']','['},{'}','{'}};
        vector<char> stk;
        for (char ch : s) {
            if (close.count(ch)) {
                if (stk.empty() || stk.back() != close[ch]) return false;
                stk.pop_back();
            } else stk.push_back(ch);
        }
        return stk.empty();
    }
};
