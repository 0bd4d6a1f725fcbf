package main

// Wrong: stops one node early, so the last node is lost.
func reverseList(head *ListNode) *ListNode {
	if head == nil {
		return nil
	}
	var previous *ListNode
	for head.Next != nil {
		head.Next, previous, head = previous, head, head.Next
	}
	return previous
}
