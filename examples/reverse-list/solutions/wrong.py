from typing import List, Optional


# Wrong: stops one node early, so the last node is lost.
def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    if not head:
        return None
    previous = None
    while head.next:
        head.next, previous, head = previous, head, head.next
    return previous
