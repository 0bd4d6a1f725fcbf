const DIRS: number[][] = [[-1, 0], [1, 0], [0, -1], [0, 1]];

function visit(grid: string[][], visited: boolean[][], r: number, c: number): void {
    visited[r][c] = true;
    for (const [dr, dc] of DIRS) {
        const nr = r + dr;
        const nc = c + dc;
        const inside = nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[0].length;
        if (inside && !visited[nr][nc] && grid[nr][nc] === '1') {
            visit(grid, visited, nr, nc);
        }
    }
}

function numIslands(grid: string[][]): number {
    const m = grid.length;
    const n = grid[0].length;
    const visited: boolean[][] = Array.from({ length: m }, () => new Array<boolean>(n).fill(false));

    let islands = 0;
    for (let r = 0; r < m; r++) {
        for (let c = 0; c < n; c++) {
            // each unvisited land cell starts a new island
            if (grid[r][c] === '1' && !visited[r][c]) {
                islands++;
                visit(grid, visited, r, c);
            }
        }
    }
    return islands;
};
