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
    const visited = grid.map(row => row.map(() => false));
    let count = 0;
    grid.forEach((row, r) => {
        row.forEach((cell, c) => {
            if (cell !== '1' || visited[r][c]) return;
            visit(grid, visited, r, c);
            count += 1;
        });
    });
    return count;
};
