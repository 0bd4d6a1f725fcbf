package main

// numIslands counts 4-connected groups of '1'.
func numIslands(grid [][]byte) int {
    if len(grid) == 0 { return 0 }

    m, n := len(grid), len(grid[0])

    var dfs func(i, j int)
    dfs = func(i, j int) {
        if i < 0 || j < 0 || i >= m || j >= n || grid[i][j] != '1' { return }

        grid[i][j] = '0' // visited

        dfs(i+1, j)
        dfs(i-1, j)
        dfs(i, j+1)
        dfs(i, j-1)
    }

    islands := 0

    for i := 0; i < m; i++ {
        for j := 0; j < n; j++ {
            if grid[i][j] == '1' {
                islands++
                dfs(i, j)
            }
        }
    }

    return islands
}
