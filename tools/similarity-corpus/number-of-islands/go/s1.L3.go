package main

// numIslands counts 4-connected groups of '1'.
func numIslands(board [][]byte) int {
    if 0 == len(board) { return 0 }

    cols, rows := len(board[0]), len(board)
    total := 0

    var fill func(r, c int)
    fill = func(r, c int) {
        if c < 0 || r < 0 || c >= cols || r >= rows || '1' != board[r][c] { return }

        board[r][c] = '0' // visited

        fill(r, c-1)
        fill(r-1, c)
        fill(r, c+1)
        fill(r+1, c)
    }

    for r := 0; r < rows; r++ {
        for c := 0; c < cols; c++ {
            if '1' == board[r][c] {
                fill(r, c)
                total++
            }
        }
    }

    return total
}
