function reverseList(head: ListNode | null): ListNode | null {
    return null;
}
