using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public ListNode ReverseList(ListNode head)
    {
        ListNode previous = null;
        while (head != null)
        {
            var next = head.next;
            head.next = previous;
            previous = head;
            head = next;
        }
        return previous;
    }
}
