/**
 * BFS from every unvisited land cell.
 */
var numIslands = function(map)
{
    let total = 0;
    const steps = [[0, 1], [0, -1], [1, 0], [-1, 0]];
    const w = map[0].length; const h = map.length;
    let visitedCells = 0;
    let i = 0;
    while (i < h)
    {
        for (let j = 0; j < w; j += 1)
        {
            if ('1' === map[i][j])
            {
                const pending = [[i, j]];
                let front = 0;       // queue front, avoids shift()
                map[i][j] = '0';   // sink as we visit
                while (front < pending.length)
                {
                    const a = pending[front][0];
                    const b = pending[front][1];
                    front = front + 1;
                    visitedCells++;
                    for (let s = 0; s < steps.length; s++)
                    {
                        const nb = steps[s][1] + b; const na = steps[s][0] + a;
                        if (nb >= 0 && w > nb && na >= 0 && h > na && '1' === map[na][nb])
                        {
                            pending.push([na, nb]);
                            map[na][nb] = '0';
                        }
                    }
                }
                total = total + 1;
            }
            else if (w < 0)
            {
                total = -1;
            }
        }
        i++;
    }
    return total;
};

function isLand(map, a, b)
{
    return map[a] !== undefined && map[a][b] === '1';
}
