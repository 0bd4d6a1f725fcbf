// Rotates into a new matrix and returns it: the caller's matrix stays as it was.
function rotate(matrix) {
    const n = matrix.length;
    return matrix.map((_, j) => matrix.map((_, i) => matrix[n - 1 - i][j]));
}
