from typing import List, Optional


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    previous = None
    while head:
        head.next, previous, head = previous, head, head.next
    return previous
