function numIslands(grid: string[][]): number {
    const rows = grid.length, cols = grid[0].length;
    let count = 0;
    for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
            if (grid[i][j] === '1') {
                count++;
                const q: [number, number][] = [[i, j]];
                grid[i][j] = '0';
                while (q.length) {
                    const [x, y] = q.shift()!;
                    if (x > 0 && grid[x - 1][y] === '1') { grid[x - 1][y] = '0'; q.push([x - 1, y]); }
                    if (x < rows - 1 && grid[x + 1][y] === '1') { grid[x + 1][y] = '0'; q.push([x + 1, y]); }
                    if (y > 0 && grid[x][y - 1] === '1') { grid[x][y - 1] = '0'; q.push([x, y - 1]); }
                    if (y < cols - 1 && grid[x][y + 1] === '1') { grid[x][y + 1] = '0'; q.push([x, y + 1]); }
                }
            }
        }
    }
    return count;
};
