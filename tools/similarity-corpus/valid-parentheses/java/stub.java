import java.util.*;

class Solution {
    public boolean isValid(String s) {
        
        return false;
    }
}
