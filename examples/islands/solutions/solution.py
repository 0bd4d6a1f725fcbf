from typing import List


def num_islands(grid: List[List[int]]) -> int:
    rows, columns = len(grid), len(grid[0])
    islands = 0
    for r in range(rows):
        for c in range(columns):
            if grid[r][c] != 1:
                continue
            islands += 1
            grid[r][c] = 2
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < columns and grid[ny][nx] == 1:
                        grid[ny][nx] = 2
                        stack.append((ny, nx))
    return islands
