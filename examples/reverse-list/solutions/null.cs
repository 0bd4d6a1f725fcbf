using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public ListNode ReverseList(ListNode head)
    {
        return null;
    }
}
