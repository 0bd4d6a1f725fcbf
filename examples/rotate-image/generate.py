#!/usr/bin/env python3
"""Writes the tests of examples/rotate-image (run once from this folder; the output is committed): the expected output
is the matrix after the call, rotated 90 degrees clockwise."""
import json
import random


def write(name, matrix):
    rotated = [list(row) for row in zip(*matrix[::-1])]
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(matrix, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(json.dumps(rotated, separators=(",", ":")) + "\n")


rng = random.Random(25)
write("sample1", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
write("sample2", [[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]])
write("1", [[1]])
write("2", [[1, 2], [3, 4]])
write("3", [[rng.randint(-1000, 1000) for _ in range(5)] for _ in range(5)])
write("4", [[rng.randint(-1000, 1000) for _ in range(20)] for _ in range(20)])
