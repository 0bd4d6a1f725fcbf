/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const rows = grid.length;
    const cols = grid[0].length;
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let islands = 0;

    const fill = (x, y) => {
        if (x < 0 || y < 0 || x >= rows || y >= cols || grid[x][y] !== '1') return;
        grid[x][y] = '0';
        dirs.forEach(([dx, dy]) => fill(x + dx, y + dy));
    };

    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== '1') continue;

            islands++;
            fill(r, c);
        }
    }

    return islands;
};
