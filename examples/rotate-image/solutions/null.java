import java.util.*;

// Rotates into a new matrix and assigns it to the parameter: the caller's matrix stays as it was.
class Solution {
    public void rotate(int[][] matrix) {
        int n = matrix.length;
        int[][] rotated = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                rotated[j][n - 1 - i] = matrix[i][j];
        matrix = rotated;
    }
}
