from collections import deque
from typing import List


class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        visited = set()
        islands = 0

        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1" or (i, j) in visited:
                    continue
                islands += 1
                # BFS over this island
                q = deque([(i, j)])
                visited.add((i, j))
                while q:
                    x, y = q.popleft()
                    for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                        if 0 <= nx < m and 0 <= ny < n and grid[nx][ny] == "1" and (nx, ny) not in visited:
                            visited.add((nx, ny))
                            q.append((nx, ny))
        return islands
