from typing import List

class Solution:
    def numIslands(self, board: List[List[str]]) -> int:
        if not board: return 0
        height, width = len(board), len(board[0])
        islands = 0
        # DFS that overwrites visited land with '0'
        def flood(y: int, x: int) -> None:
            if (y < 0 or y >= height or
                    x < 0 or x >= width or
                    board[y][x] != '1'):
                return
            board[y][x] = '0'
            flood(y + 1, x); flood(y - 1, x)
            flood(y, x + 1); flood(y, x - 1)
        for y in range(height):
            for x in range(width):
                if board[y][x] == '1':
                    islands += 1
                    flood(y, x)
        return islands   # number of separate islands
