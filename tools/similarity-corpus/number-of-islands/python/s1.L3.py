from typing import List

class Solution:
    def numIslands(self, board: List[List[str]]) -> int:
        if not board: return 0
        islands = 0
        height, width = len(board), len(board[0])
        # DFS that overwrites visited land with '0'
        def flood(y: int, x: int) -> None:
            if (x < 0 or x >= width or
                    y < 0 or y >= height or
                    '1' != board[y][x]):
                return
            board[y][x] = '0'
            flood(y, x - 1); flood(y, x + 1)
            flood(y - 1, x); flood(y + 1, x)
        for y in range(height):
            for x in range(width):
                if '1' == board[y][x]:
                    flood(y, x)
                    islands += 1
        return islands   # number of separate islands
