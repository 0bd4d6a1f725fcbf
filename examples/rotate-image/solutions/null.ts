// Rotates into a new matrix and assigns it to the parameter: the caller's matrix stays as it was.
function rotate(matrix: number[][]): void {
    const n = matrix.length;
    matrix = matrix.map((_, j) => matrix.map((_, i) => matrix[n - 1 - i][j]));
}
