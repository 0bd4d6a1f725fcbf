#!/usr/bin/env python3
"""Writes the tests of examples/reverse-list (run once from this folder; the output is committed). A list is the JSON
array of its values from the head; [] is the empty list."""
import json
import random


def write(name, values):
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(values, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(json.dumps(values[::-1], separators=(",", ":")) + "\n")


rng = random.Random(25)
write("sample1", [1, 2, 3, 4, 5])
write("sample2", [1, 2])
write("1", [])
write("2", [7])
write("3", [rng.randint(-5000, 5000) for _ in range(5000)])
