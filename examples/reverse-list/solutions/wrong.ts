// Wrong: stops one node early, so the last node is lost.
function reverseList(head: ListNode | null): ListNode | null {
    if (!head) return null;
    let previous: ListNode | null = null;
    while (head.next) {
        const next: ListNode = head.next;
        head.next = previous;
        previous = head;
        head = next;
    }
    return previous;
}
