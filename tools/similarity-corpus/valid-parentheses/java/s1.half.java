import java.util.*;

class Solution {
    public boolean isValid(String s) {
        // odd length can never be balanced
        if (s.length() % 2 == 1) {
            return false;
        }
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            // push the closer we will need later
            if (c == '(') {
                stack.push(')');
            } else if (c == '[') {
                stack.push(']');
            } else if (c == '{') {
                stack.push('}');
            } else if (stack.isEmpty() || stack.pop() != c) {
                return false;
            }
        }
        // everything opened must be closed
        return stack.isEmpty();
    }
}
