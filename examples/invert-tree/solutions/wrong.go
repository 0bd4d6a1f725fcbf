package main

// Wrong: root.Left is overwritten before the second line reads it.
func invertTree(root *TreeNode) *TreeNode {
	if root != nil {
		root.Left = invertTree(root.Right)
		root.Right = invertTree(root.Left)
	}
	return root
}
