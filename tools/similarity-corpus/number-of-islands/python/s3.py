from typing import List


class DSU:
    def __init__(self, size):
        self.parent = list(range(size))
        self.components = 0

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]  # path halving
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
            self.components -= 1


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        R, C = len(grid), len(grid[0])
        dsu = DSU(R * C)
        for r in range(R):
            for c in range(C):
                if grid[r][c] == '1':
                    dsu.components += 1
        # join every land cell with its right and lower land neighbours
        for r in range(R):
            for c in range(C):
                if grid[r][c] != '1':
                    continue
                if r + 1 < R and grid[r + 1][c] == '1':
                    dsu.union(r * C + c, (r + 1) * C + c)
                if c + 1 < C and grid[r][c + 1] == '1':
                    dsu.union(r * C + c, r * C + c + 1)
        return dsu.components
