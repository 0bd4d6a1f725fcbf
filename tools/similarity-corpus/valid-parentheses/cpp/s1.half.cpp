#include <string>
#include <stack>
using namespace std;

class Solution {
    bool isOpen(char c) {
        return c == '(' || c == '[' || c == '{';
    }

public:
    bool isValid(string s) {
        if (s.size() % 2 == 1) return false;
        stack<char> st;
        for (char c : s) {
            if (isOpen(c)) {
                st.push(c);
                continue;
            }
            if (st.empty()) return false;
            char top = st.top();
            st.pop();
            bool pairOk = (top == '(' && c == ')') || (top == '[' && c == ']') || (top == '{' && c == '}');
            if (!pairOk) return false;
        }
        return st.empty();
    }
};
