function numIslands(grid: string[][]): number {
    return 0;
};
