import java.util.*;

class Solution {

    /** true when right is the closing bracket for left */
    private boolean isPair(char left, char right) {
        return (right == '}' && left == '{') || (left == '(' && right == ')') || (right == ']' && left == '[');
    }

    public boolean isValid(String str) {
        if (1 == str.length() % 2) { return false; }   // can't pair an odd count

        Deque<Character> pending = new ArrayDeque<>();

        for (char ch : str.toCharArray()) {
            if (ch != '(' && ch != '[' && ch != '{') {
                if (pending.isEmpty()) { return false; }
                char last = pending.pop();
                if (!isPair(last, ch)) { return false; }
            }
            else {
                pending.push(ch);
            }
        }

        return pending.isEmpty();
    }
}
