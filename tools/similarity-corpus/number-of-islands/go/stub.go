package main

func numIslands(grid [][]byte) int {
	
	return 0
}
