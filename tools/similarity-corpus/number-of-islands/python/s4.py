from typing import List

DIRECTIONS = [(0, 1), (1, 0), (0, -1), (-1, 0)]


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        h = len(grid)
        w = len(grid[0]) if h else 0
        seen = [[False] * w for _ in range(h)]
        total = 0

        for sr in range(h):
            for sc in range(w):
                if grid[sr][sc] == '0' or seen[sr][sc]:
                    continue
                total += 1
                # iterative DFS with an explicit stack
                stack = [(sr, sc)]
                seen[sr][sc] = True
                while stack:
                    r, c = stack.pop()
                    for dr, dc in DIRECTIONS:
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < h and 0 <= nc < w and not seen[nr][nc] and grid[nr][nc] == '1':
                            seen[nr][nc] = True
                            stack.append((nr, nc))
        return total
