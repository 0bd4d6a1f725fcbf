function reverseList(head: ListNode | null): ListNode | null {
    let previous: ListNode | null = null;
    while (head) {
        const next: ListNode | null = head.next;
        head.next = previous;
        previous = head;
        head = next;
    }
    return previous;
}
