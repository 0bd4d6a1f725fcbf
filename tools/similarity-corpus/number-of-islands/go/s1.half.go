package main

func numIslands(grid [][]byte) int {
	if len(grid) == 0 {
		return 0
	}
	m, n := len(grid), len(grid[0])

	islands := 0
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if grid[i][j] != '1' {
				continue
			}
			islands++
			// BFS from (i, j), clearing land as it is queued
			grid[i][j] = '0'
			queue := [][2]int{{i, j}}
			for len(queue) > 0 {
				p := queue[0]
				queue = queue[1:]
				for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					x, y := p[0]+d[0], p[1]+d[1]
					if x >= 0 && y >= 0 && x < m && y < n && grid[x][y] == '1' {
						grid[x][y] = '0'
						queue = append(queue, [2]int{x, y})
					}
				}
			}
		}
	}
	return islands
}
