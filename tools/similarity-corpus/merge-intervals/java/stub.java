import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        
        return new int[0][];
    }
}
