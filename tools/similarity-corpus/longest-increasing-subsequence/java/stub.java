import java.util.*;

class Solution {
    public int lengthOfLIS(int[] nums) {
        
        return 0;
    }
}
