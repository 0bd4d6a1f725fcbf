import java.util.*;

class Solution {

    public boolean isValid(String s) {
        if (s.length() % 2 == 1) { return false; }   // can't pair an odd count

        Deque<Character> stack = new ArrayDeque<>();

        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            }
            else {
                if (stack.isEmpty()) { return false; }
                char top = stack.pop();
                if (!matches(top, c)) { return false; }
            }
        }

        return stack.isEmpty();
    }

    /** true when close is the closing bracket for open */
    private boolean matches(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
    }
}
