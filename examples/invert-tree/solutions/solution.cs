using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public TreeNode InvertTree(TreeNode root)
    {
        if (root == null) return null;
        (root.left, root.right) = (InvertTree(root.right), InvertTree(root.left));
        return root;
    }
}
