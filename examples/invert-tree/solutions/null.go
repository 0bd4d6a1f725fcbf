package main

func invertTree(root *TreeNode) *TreeNode {
	return nil
}
