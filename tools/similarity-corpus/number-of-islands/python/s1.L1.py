from typing import List

class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        if not grid: return 0
        rows, cols = len(grid), len(grid[0])
        count = 0
        # DFS that overwrites visited land with '0'
        def sink(r: int, c: int) -> None:
            if (r < 0 or r >= rows or
                    c < 0 or c >= cols or
                    grid[r][c] != '1'):
                return
            grid[r][c] = '0'
            sink(r + 1, c); sink(r - 1, c)
            sink(r, c + 1); sink(r, c - 1)
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == '1':
                    count += 1
                    sink(r, c)
        return count   # number of separate islands
