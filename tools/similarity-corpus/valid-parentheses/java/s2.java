class Solution {
    public boolean isValid(String s) {
        char[] st = new char[s.length()];
        int top = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(': case '[': case '{':
                    st[++top] = c;
                    break;
                case ')':
                    if (top < 0 || st[top--] != '(') return false;
                    break;
                case ']':
                    if (top < 0 || st[top--] != '[') return false;
                    break;
                default:
                    if (top < 0 || st[top--] != '{') return false;
            }
        }
        return top == -1;
    }
}
