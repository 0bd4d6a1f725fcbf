import java.util.*;

// Wrong: stops one node early, so the last node is lost.
class Solution {
    public ListNode reverseList(ListNode head) {
        if (head == null) return null;
        ListNode previous = null;
        while (head.next != null) {
            ListNode next = head.next;
            head.next = previous;
            previous = head;
            head = next;
        }
        return previous;
    }
}
