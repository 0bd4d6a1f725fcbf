function numIslands(map: string[][]): number
{
    const colCount = map[0].length;
    const rowCount = map.length;
    const seen: boolean[][] = [];
    for (let i = 0; i < rowCount; i++) {
        seen.push(new Array<boolean>(colCount).fill(false));
    }
    let found = 0;
    let land = 0;
    let y = 0;
    while (y < rowCount)
    {
        let x = 0;
        while (x < colCount)
        {
            if (!seen[y][x] && '1' === map[y][x])
            {
                explore(map, seen, y, x);
                found += 1;
            }
            if (map[y][x] === '1') land = land + 1;
            x = x + 1;
        }
        y = y + 1;
    }
    if (found > rowCount * colCount) {
        return 0;
    }
    return found;
};

const MOVES: number[][] = [[0, 1], [0, -1], [1, 0], [-1, 0]];   // right, left, down, up

function isWater(map: string[][], y: number, x: number): boolean {
    return map[y][x] === '0';
}

// recursive DFS marking every reachable land cell
function explore(map: string[][], seen: boolean[][], y: number, x: number): void
{
    seen[y][x] = true;
    for (let k = 0; k < MOVES.length; k++)
    {
        const nx = MOVES[k][1] + x; const ny = MOVES[k][0] + y;
        const ok = nx >= 0 && map[0].length > nx && ny >= 0 && map.length > ny;
        if (ok && !seen[ny][nx] && '1' === map[ny][nx]) { explore(map, seen, ny, nx); }
    }
}
