package main

// Rotates into a new matrix and assigns it to the parameter: the caller's matrix stays as it was.
func rotate(matrix [][]int) {
	n := len(matrix)
	rotated := make([][]int, n)
	for i := range rotated {
		rotated[i] = make([]int, n)
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			rotated[j][n-1-i] = matrix[i][j]
		}
	}
	matrix = rotated
}
