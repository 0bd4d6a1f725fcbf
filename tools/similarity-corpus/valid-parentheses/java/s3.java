import java.util.HashMap;
import java.util.Map;
import java.util.Stack;

class Solution {
    private static final Map<Character, Character> CLOSE_TO_OPEN = new HashMap<>();
    static {
        CLOSE_TO_OPEN.put(')', '(');
        CLOSE_TO_OPEN.put(']', '[');
        CLOSE_TO_OPEN.put('}', '{');
    }

    public boolean isValid(String s) {
        Stack<Character> opens = new Stack<>();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (CLOSE_TO_OPEN.containsKey(ch)) {
                char expected = CLOSE_TO_OPEN.get(ch);
                if (opens.isEmpty() || opens.peek() != expected) {
                    return false;
                }
                opens.pop();
            } else {
                opens.push(ch);
            }
        }
        return opens.isEmpty();
    }
}
