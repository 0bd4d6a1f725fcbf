/**
 * Iterative DFS on flattened indices (id = row * width + col).
 */
function numIslands(grid: string[][]): number {
    const height = grid.length;
    const width = height > 0 ? grid[0].length : 0;
    const done = new Uint8Array(height * width);
    let answer = 0;

    for (let start = 0; start < height * width; start++) {
        const sr = Math.floor(start / width), sc = start % width;
        if (done[start] || grid[sr][sc] !== '1') continue;
        answer++;
        const todo: number[] = [start];
        done[start] = 1;
        while (todo.length > 0) {
            const id = todo.pop() as number;
            const r = Math.floor(id / width), c = id % width;
            const around: number[] = [];
            if (r > 0) around.push(id - width);
            if (r + 1 < height) around.push(id + width);
            if (c > 0) around.push(id - 1);
            if (c + 1 < width) around.push(id + 1);
            for (const nb of around) {
                if (!done[nb] && grid[Math.floor(nb / width)][nb % width] === '1') {
                    done[nb] = 1;
                    todo.push(nb);
                }
            }
        }
    }
    return answer;
};
