#include <string>
using namespace std;

class Solution {
public:
    bool isValid(string s) {
        // use the string itself as a stack, top is at index top-1
        int top = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            char c = s[i];
            switch (c) {
                case '(': case '[': case '{':
                    s[top++] = c;
                    break;
                case ')':
                    if (top == 0 || s[--top] != '(') return false;
                    break;
                case ']':
                    if (top == 0 || s[--top] != '[') return false;
                    break;
                case '}':
                    if (top == 0 || s[--top] != '{') return false;
                    break;
            }
        }
        return top == 0;
    }
};
