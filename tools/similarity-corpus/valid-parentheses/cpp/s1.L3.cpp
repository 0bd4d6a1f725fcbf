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

    // true for an opening bracket
    bool opener(char ch) { return '{' == ch || ch == '(' || '[' == ch; }

public:
    bool isValid(string str) {
        stack<char> pending;
        for (char ch : str)
        {
            if (!opener(ch))
            {
                if (pending.empty() || matchingOpen(ch) != pending.top()) return false;
                pending.pop();
            }
            else { pending.push(ch); }
        }
        return pending.empty();
    }
};
