#include <bits/stdc++.h>
using namespace std;

// Wrong: root->left is overwritten before the second line reads it.
TreeNode* invertTree(TreeNode* root) {
    if (!root) return nullptr;
    root->left = invertTree(root->right);
    root->right = invertTree(root->left);
    return root;
}
