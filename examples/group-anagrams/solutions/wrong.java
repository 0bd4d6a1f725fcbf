import java.util.*;

// Wrong: the sum of the letters is no anagram's key ("ad" and "bc" collide).
class Solution {
    public String[][] groupAnagrams(String[] strs) {
        Map<Integer, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            int key = 0;
            for (char c : s.toCharArray()) key += c;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        String[][] result = new String[groups.size()][];
        int i = 0;
        for (List<String> group : groups.values()) {
            result[i++] = group.toArray(new String[0]);
        }
        return result;
    }
}
