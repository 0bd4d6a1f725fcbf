#include <bits/stdc++.h>
using namespace std;

TreeNode* invertTree(TreeNode* root) {
    return nullptr;
}
