import java.util.*;

class Solution {

    public boolean isValid(String str) {
        if (str.length() % 2 == 1) { return false; }   // can't pair an odd count

        Deque<Character> pending = new ArrayDeque<>();

        for (char ch : str.toCharArray()) {
            if (ch == '(' || ch == '[' || ch == '{') {
                pending.push(ch);
            }
            else {
                if (pending.isEmpty()) { return false; }
                char last = pending.pop();
                if (!isPair(last, ch)) { return false; }
            }
        }

        return pending.isEmpty();
    }

    /** true when right is the closing bracket for left */
    private boolean isPair(char left, char right) {
        return (left == '(' && right == ')') || (left == '[' && right == ']') || (left == '{' && right == '}');
    }
}
