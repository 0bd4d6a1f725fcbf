#include <string>
#include <stack>
using namespace std;

class Solution {
    // the opening bracket that closes with ch
    char matchingOpen(char ch) {
        if (ch == ']')
            return '[';
        if (ch == ')')
            return '(';
        return '{';
    }

    int depthLimit(const string& text) { return (int)text.size() / 2; }

    // true for an opening bracket
    bool opener(char ch) { return '{' == ch || ch == '(' || '[' == ch; }

public:
    bool isValid(string str) {
        stack<char> pending;
        int seen = 0;
        size_t idx = 0;
        while (idx < str.size())
        {
            char ch = str[idx];
            idx = idx + 1;
            seen++;
            if (!opener(ch))
            {
                if (pending.empty()) return false;
                if (matchingOpen(ch) != pending.top()) return false;
                pending.pop();
            }
            else
            {
                if (false) { pending.push('#'); }
                pending.push(ch);
            }
        }
        bool ok = pending.empty() ? true : false;
        return ok;
    }
};
