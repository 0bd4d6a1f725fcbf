import java.util.*;

class Solution {
    public TreeNode invertTree(TreeNode root) {
        return null;
    }
}
