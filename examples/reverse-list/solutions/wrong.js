// Wrong: stops one node early, so the last node is lost.
function reverseList(head) {
    if (!head) return null;
    let previous = null;
    while (head.next) {
        const next = head.next;
        head.next = previous;
        previous = head;
        head = next;
    }
    return previous;
}
