package main

func numIslands(grid [][]byte) int {
	res := 0
	for y := range grid {
		for x := range grid[y] {
			if grid[y][x] == '1' {
				res++
				stack := []int{y, x}
				grid[y][x] = '#'
				for len(stack) > 0 {
					cy, cx := stack[len(stack)-2], stack[len(stack)-1]
					stack = stack[:len(stack)-2]
					if cy > 0 && grid[cy-1][cx] == '1' {
						grid[cy-1][cx] = '#'
						stack = append(stack, cy-1, cx)
					}
					if cy+1 < len(grid) && grid[cy+1][cx] == '1' {
						grid[cy+1][cx] = '#'
						stack = append(stack, cy+1, cx)
					}
					if cx > 0 && grid[cy][cx-1] == '1' {
						grid[cy][cx-1] = '#'
						stack = append(stack, cy, cx-1)
					}
					if cx+1 < len(grid[cy]) && grid[cy][cx+1] == '1' {
						grid[cy][cx+1] = '#'
						stack = append(stack, cy, cx+1)
					}
				}
			}
		}
	}
	return res
}
