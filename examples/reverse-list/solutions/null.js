/**
 * @param {ListNode} head
 * @return {ListNode}
 */
function reverseList(head) {
    return null;
}
