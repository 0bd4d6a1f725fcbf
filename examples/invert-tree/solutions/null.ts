function invertTree(root: TreeNode | null): TreeNode | null {
    return null;
}
