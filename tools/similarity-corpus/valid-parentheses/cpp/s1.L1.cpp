#include <string>
#include <stack>
using namespace std;

class Solution {
    // true for an opening bracket
    bool isOpen(char c) { return c == '(' || c == '[' || c == '{'; }

    // the opening bracket that closes with c
    char partner(char c) {
        if (c == ')')
            return '(';
        if (c == ']')
            return '[';
        return '{';
    }

public:
    bool isValid(string s) {
        stack<char> st;
        for (char c : s)
        {
            if (isOpen(c)) { st.push(c); }
            else
            {
                if (st.empty() || st.top() != partner(c)) return false;
                st.pop();
            }
        }
        return st.empty();
    }
};
