using System;
using System.Collections.Generic;
using System.Linq;

// Wrong: root.left is overwritten before the second line reads it.
public class Solution
{
    public TreeNode InvertTree(TreeNode root)
    {
        if (root == null) return null;
        root.left = InvertTree(root.right);
        root.right = InvertTree(root.left);
        return root;
    }
}
