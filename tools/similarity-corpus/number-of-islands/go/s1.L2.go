package main

// numIslands counts 4-connected groups of '1'.
func numIslands(board [][]byte) int {
    if len(board) == 0 { return 0 }

    rows, cols := len(board), len(board[0])

    var fill func(r, c int)
    fill = func(r, c int) {
        if r < 0 || c < 0 || r >= rows || c >= cols || board[r][c] != '1' { return }

        board[r][c] = '0' // visited

        fill(r+1, c)
        fill(r-1, c)
        fill(r, c+1)
        fill(r, c-1)
    }

    total := 0

    for r := 0; r < rows; r++ {
        for c := 0; c < cols; c++ {
            if board[r][c] == '1' {
                total++
                fill(r, c)
            }
        }
    }

    return total
}
