from typing import List, Optional


def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    pass
