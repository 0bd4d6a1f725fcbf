using System;
using System.Collections.Generic;
using System.Linq;

public class Solution
{
    public TreeNode InvertTree(TreeNode root)
    {
        return null;
    }
}
