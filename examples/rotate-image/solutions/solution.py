from typing import List, Optional


def rotate(matrix: List[List[int]]) -> None:
    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
