import java.util.*;

// Wrong: root.left is overwritten before the second line reads it.
class Solution {
    public TreeNode invertTree(TreeNode root) {
        if (root == null) return null;
        root.left = invertTree(root.right);
        root.right = invertTree(root.left);
        return root;
    }
}
