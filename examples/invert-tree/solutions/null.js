/**
 * @param {TreeNode} root
 * @return {TreeNode}
 */
function invertTree(root) {
    return null;
}
