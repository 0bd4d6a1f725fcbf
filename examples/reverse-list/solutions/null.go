package main

func reverseList(head *ListNode) *ListNode {
	return nil
}
