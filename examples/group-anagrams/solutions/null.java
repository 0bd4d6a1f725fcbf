import java.util.*;

class Solution {
    public String[][] groupAnagrams(String[] strs) {
        return null;
    }
}
