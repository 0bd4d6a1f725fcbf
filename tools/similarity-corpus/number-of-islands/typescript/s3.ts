class UnionFind {
    private parent: number[];
    private rank: number[];
    count = 0;

    constructor(n: number) {
        this.parent = Array.from({ length: n }, (_, i) => i);
        this.rank = new Array(n).fill(0);
    }

    find(x: number): number {
        if (this.parent[x] !== x) {
            this.parent[x] = this.find(this.parent[x]);
        }
        return this.parent[x];
    }

    union(a: number, b: number): void {
        let ra = this.find(a);
        let rb = this.find(b);
        if (ra === rb) return;
        if (this.rank[ra] < this.rank[rb]) [ra, rb] = [rb, ra];
        this.parent[rb] = ra;
        if (this.rank[ra] === this.rank[rb]) this.rank[ra]++;
        this.count--;
    }
}

function numIslands(grid: string[][]): number {
    const R = grid.length;
    const C = grid[0].length;
    const uf = new UnionFind(R * C);

    for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
            if (grid[r][c] !== '1') continue;
            uf.count++;
            if (r > 0 && grid[r - 1][c] === '1') uf.union(r * C + c, (r - 1) * C + c);
            if (c > 0 && grid[r][c - 1] === '1') uf.union(r * C + c, r * C + c - 1);
        }
    }
    return uf.count;
};
