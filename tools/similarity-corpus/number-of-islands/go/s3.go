package main

var dirs = [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func numIslands(grid [][]byte) int {
    visited := make([][]bool, len(grid))
    for i := range visited {
        visited[i] = make([]bool, len(grid[i]))
    }

    count := 0
    for i := range grid {
        for j := range grid[i] {
            if grid[i][j] == '1' && !visited[i][j] {
                count++
                walk(grid, visited, i, j)
            }
        }
    }
    return count
}

func walk(grid [][]byte, visited [][]bool, i, j int) {
    visited[i][j] = true
    for _, d := range dirs {
        ni, nj := i+d[0], j+d[1]
        if ni < 0 || ni >= len(grid) || nj < 0 || nj >= len(grid[ni]) {
            continue
        }
        if grid[ni][nj] == '1' && !visited[ni][nj] {
            walk(grid, visited, ni, nj)
        }
    }
}
