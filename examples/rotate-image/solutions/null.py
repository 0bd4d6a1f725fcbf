from typing import List, Optional


# Rebinds the local name: the caller's matrix stays as it was.
def rotate(matrix: List[List[int]]) -> None:
    matrix = [list(row) for row in zip(*matrix[::-1])]
