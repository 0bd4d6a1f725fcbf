#include <bits/stdc++.h>
using namespace std;

// Wrong: transposes, but forgets to reverse the rows.
void rotate(vector<vector<int>>& matrix) {
    int n = matrix.size();
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            swap(matrix[i][j], matrix[j][i]);
}
