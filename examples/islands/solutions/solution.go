package main

func numIslands(grid [][]int) int {
	rows, columns := len(grid), len(grid[0])
	islands := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < columns; c++ {
			if grid[r][c] != 1 {
				continue
			}
			islands++
			grid[r][c] = 2
			stack := [][2]int{{r, c}}
			for len(stack) > 0 {
				y, x := stack[len(stack)-1][0], stack[len(stack)-1][1]
				stack = stack[:len(stack)-1]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					ny, nx := y+d[0], x+d[1]
					if ny >= 0 && ny < rows && nx >= 0 && nx < columns && grid[ny][nx] == 1 {
						grid[ny][nx] = 2
						stack = append(stack, [2]int{ny, nx})
					}
				}
			}
		}
	}
	return islands
}
