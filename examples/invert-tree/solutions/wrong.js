// Wrong: root.left is overwritten before the second line reads it.
function invertTree(root) {
    if (root) {
        root.left = invertTree(root.right);
        root.right = invertTree(root.left);
    }
    return root;
}
