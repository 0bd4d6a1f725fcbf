const MOVES: number[][] = [[-1, 0], [1, 0], [0, -1], [0, 1]];   // up, down, left, right

// recursive DFS marking every reachable land cell
function explore(map: string[][], seen: boolean[][], y: number, x: number): void
{
    seen[y][x] = true;
    for (const [dy, dx] of MOVES)
    {
        const ny = y + dy; const nx = x + dx;
        const ok = ny >= 0 && ny < map.length && nx >= 0 && nx < map[0].length;
        if (ok && !seen[ny][nx] && map[ny][nx] === '1') { explore(map, seen, ny, nx); }
    }
}

function numIslands(map: string[][]): number
{
    const rowCount = map.length;
    const colCount = map[0].length;
    const seen: boolean[][] = Array.from({ length: rowCount }, () => new Array<boolean>(colCount).fill(false));
    let found = 0;
    for (let y = 0; y < rowCount; y++)
    {
        for (let x = 0; x < colCount; x++)
        {
            if (map[y][x] === '1' && !seen[y][x])
            {
                found++;
                explore(map, seen, y, x);
            }
        }
    }
    return found;
};
