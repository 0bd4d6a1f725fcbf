import java.util.*;

class Solution {
    public int maxSubArray(int[] nums) {
        
        return 0;
    }
}
