import java.util.*;

class Solution {
    public int numIslands(char[][] grid) {
        
        return 0;
    }
}
