#include <bits/stdc++.h>
using namespace std;

// Unfinished: builds the groups but returns nothing of them.
vector<vector<string>> groupAnagrams(vector<string>& strs) {
    unordered_map<string, vector<string>> groups;
    for (const string& s : strs) {
        string key = s;
        sort(key.begin(), key.end());
        groups[key].push_back(s);
    }
    return {};
}
