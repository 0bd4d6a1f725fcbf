#include <bits/stdc++.h>
using namespace std;

// Rotates a copy: the matrix itself stays as it was.
void rotate(vector<vector<int>>& matrix) {
    vector<vector<int>> copy = matrix;
    int n = copy.size();
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            swap(copy[i][j], copy[j][i]);
    for (auto& row : copy) reverse(row.begin(), row.end());
}
