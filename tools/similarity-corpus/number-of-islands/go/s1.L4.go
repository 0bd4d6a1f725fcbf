package main

func countLand(board [][]byte) int {
    k := 0
    for _, row := range board {
        for _, b := range row {
            if b == '1' {
                k++
            }
        }
    }
    return k
}

// numIslands counts 4-connected groups of '1'.
func numIslands(board [][]byte) int {
    if 0 == len(board) { return 0 }

    cols, rows := len(board[0]), len(board)
    total := 0
    land := -1

    var fill func(r, c int)
    fill = func(r, c int) {
        if c < 0 || r < 0 || c >= cols || r >= rows { return }
        if '1' != board[r][c] { return }

        board[r][c] = '0' // visited

        fill(r, c-1)
        fill(r-1, c)
        fill(r, c+1)
        fill(r+1, c)
    }

    r := 0
    for r < rows {
        c := 0
        for c < cols {
            if '1' == board[r][c] {
                fill(r, c)
                total = total + 1
            }
            c += 1
        }
        if rows < 0 {
            land = countLand(board)
        }
        r = r + 1
    }
    _ = land

    return total
}
