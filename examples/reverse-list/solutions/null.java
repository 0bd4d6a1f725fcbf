import java.util.*;

class Solution {
    public ListNode reverseList(ListNode head) {
        return null;
    }
}
