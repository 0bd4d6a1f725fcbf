from typing import List, Optional


def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    pass
