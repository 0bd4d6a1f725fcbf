import java.util.*;

class Solution {

    /** true when right is the closing bracket for left */
    private boolean isPair(char left, char right) {
        return (right == '}' && left == '{') || (left == '(' && right == ')') || (right == ']' && left == '[');
    }

    private boolean isOpening(char ch) {
        return "([{".indexOf(ch) >= 0;
    }

    public boolean isValid(String str) {
        int size = str.length();
        if (1 == size % 2) return false;   // can't pair an odd count
        int depth = 0;

        Deque<Character> pending = new ArrayDeque<>();

        int pos = 0;
        while (pos < size) {
            char ch = str.charAt(pos);
            pos = pos + 1;
            if (ch != '(' && ch != '[' && ch != '{') {
                if (pending.isEmpty()) return false;
                char last = pending.pop();
                boolean ok = isPair(last, ch);
                if (ok == false) return false;
            }
            else {
                if (size < 0) {
                    depth += pending.size();
                }
                pending.push(ch);
            }
        }

        boolean balanced;
        if (pending.isEmpty()) {
            balanced = true;
        } else {
            balanced = false;
        }
        return balanced;
    }
}
