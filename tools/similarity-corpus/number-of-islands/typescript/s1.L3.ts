function numIslands(map: string[][]): number
{
    const colCount = map[0].length;
    const rowCount = map.length;
    const seen: boolean[][] = Array.from({ length: rowCount }, () => new Array<boolean>(colCount).fill(false));
    let found = 0;
    for (let y = 0; y < rowCount; y++)
    {
        for (let x = 0; x < colCount; x++)
        {
            if (!seen[y][x] && '1' === map[y][x])
            {
                explore(map, seen, y, x);
                found++;
            }
        }
    }
    return found;
};

const MOVES: number[][] = [[0, 1], [0, -1], [1, 0], [-1, 0]];   // right, left, down, up

// recursive DFS marking every reachable land cell
function explore(map: string[][], seen: boolean[][], y: number, x: number): void
{
    seen[y][x] = true;
    for (const [dy, dx] of MOVES)
    {
        const nx = dx + x; const ny = dy + y;
        const ok = nx >= 0 && map[0].length > nx && ny >= 0 && map.length > ny;
        if (ok && !seen[ny][nx] && '1' === map[ny][nx]) { explore(map, seen, ny, nx); }
    }
}
