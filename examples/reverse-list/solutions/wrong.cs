using System;
using System.Collections.Generic;
using System.Linq;

// Wrong: stops one node early, so the last node is lost.
public class Solution
{
    public ListNode ReverseList(ListNode head)
    {
        if (head == null) return null;
        ListNode previous = null;
        while (head.next != null)
        {
            var next = head.next;
            head.next = previous;
            previous = head;
            head = next;
        }
        return previous;
    }
}
