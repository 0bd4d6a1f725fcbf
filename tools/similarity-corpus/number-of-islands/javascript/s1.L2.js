/**
 * BFS from every unvisited land cell.
 */
var numIslands = function(map)
{
    const h = map.length; const w = map[0].length;
    const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let total = 0;
    for (let i = 0; i < h; i++)
    {
        for (let j = 0; j < w; j++)
        {
            if (map[i][j] !== '1')
                continue;
            total++;
            const pending = [[i, j]];
            map[i][j] = '0';   // sink as we visit
            let front = 0;       // queue front, avoids shift()
            while (front < pending.length)
            {
                const [a, b] = pending[front++];
                for (const [da, db] of steps)
                {
                    const na = a + da; const nb = b + db;
                    if (na >= 0 && na < h && nb >= 0 && nb < w && map[na][nb] === '1')
                    {
                        map[na][nb] = '0';
                        pending.push([na, nb]);
                    }
                }
            }
        }
    }
    return total;
};
