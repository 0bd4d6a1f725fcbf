from typing import List, Optional


# Wrong: root.left is overwritten before the second line reads it.
def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    if root:
        root.left = invert_tree(root.right)
        root.right = invert_tree(root.left)
    return root
