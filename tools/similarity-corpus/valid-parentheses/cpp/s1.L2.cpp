#include <string>
#include <stack>
using namespace std;

class Solution {
    // true for an opening bracket
    bool opener(char ch) { return ch == '(' || ch == '[' || ch == '{'; }

    // the opening bracket that closes with ch
    char matchingOpen(char ch) {
        if (ch == ')')
            return '(';
        if (ch == ']')
            return '[';
        return '{';
    }

public:
    bool isValid(string str) {
        stack<char> pending;
        for (char ch : str)
        {
            if (opener(ch)) { pending.push(ch); }
            else
            {
                if (pending.empty() || pending.top() != matchingOpen(ch)) return false;
                pending.pop();
            }
        }
        return pending.empty();
    }
};
