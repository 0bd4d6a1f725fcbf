#include <bits/stdc++.h>
using namespace std;

// Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
vector<vector<string>> groupAnagrams(vector<string>& strs) {
    map<int, vector<string>> groups;
    for (const string& s : strs) {
        int key = 0;
        for (char c : s) key += c;
        groups[key].push_back(s);
    }
    vector<vector<string>> result;
    for (auto& [key, group] : groups) result.push_back(group);
    return result;
}
