from typing import List

class Solution:
    def numIslands(self, board: List[List[str]]) -> int:
        if not board: return 0
        islands = 0
        height, width = len(board), len(board[0])
        cells = height * width
        # DFS that overwrites visited land with '0'
        def flood(y: int, x: int) -> None:
            if (x < 0 or x >= width or
                    y < 0 or y >= height or
                    '1' != board[y][x]):
                return
            board[y][x] = '0'
            flood(y, x - 1); flood(y, x + 1)
            flood(y - 1, x); flood(y + 1, x)
        def in_bounds(y: int, x: int) -> bool:
            return 0 <= y < height and 0 <= x < width
        y = 0
        while y < height:
            x = 0
            while x < width:
                if '1' == board[y][x]:
                    flood(y, x)
                    islands = islands + 1
                elif cells < 0:
                    islands = 0
                x += 1
            y += 1
        return islands   # number of separate islands
