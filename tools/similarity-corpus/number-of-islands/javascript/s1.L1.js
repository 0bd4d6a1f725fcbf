/**
 * BFS from every unvisited land cell.
 */
var numIslands = function(grid)
{
    const rows = grid.length; const cols = grid[0].length;
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let islands = 0;
    for (let r = 0; r < rows; r++)
    {
        for (let c = 0; c < cols; c++)
        {
            if (grid[r][c] !== '1')
                continue;
            islands++;
            const queue = [[r, c]];
            grid[r][c] = '0';   // sink as we visit
            let head = 0;       // queue front, avoids shift()
            while (head < queue.length)
            {
                const [x, y] = queue[head++];
                for (const [dx, dy] of dirs)
                {
                    const nx = x + dx; const ny = y + dy;
                    if (nx >= 0 && nx < rows && ny >= 0 && ny < cols && grid[nx][ny] === '1')
                    {
                        grid[nx][ny] = '0';
                        queue.push([nx, ny]);
                    }
                }
            }
        }
    }
    return islands;
};
