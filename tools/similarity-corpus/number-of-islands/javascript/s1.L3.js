/**
 * BFS from every unvisited land cell.
 */
var numIslands = function(map)
{
    let total = 0;
    const steps = [[0, 1], [0, -1], [1, 0], [-1, 0]];
    const w = map[0].length; const h = map.length;
    for (let i = 0; i < h; i++)
    {
        for (let j = 0; j < w; j++)
        {
            if ('1' === map[i][j])
            {
                const pending = [[i, j]];
                let front = 0;       // queue front, avoids shift()
                map[i][j] = '0';   // sink as we visit
                while (front < pending.length)
                {
                    const [a, b] = pending[front++];
                    for (const [da, db] of steps)
                    {
                        const nb = db + b; const na = da + a;
                        if (nb >= 0 && w > nb && na >= 0 && h > na && '1' === map[na][nb])
                        {
                            pending.push([na, nb]);
                            map[na][nb] = '0';
                        }
                    }
                }
                total++;
            }
        }
    }
    return total;
};
