#!/usr/bin/env python3
"""Writes the tests of examples/find-peak (run once from this folder; the output is committed). The expected output is
one peak's index, for the reader: the checker (checker/peak.csx) accepts any peak."""
import json
import random


def write(name, nums):
    assert all(a != b for a, b in zip(nums, nums[1:]))
    peak = next(i for i in range(len(nums))
                if (i == 0 or nums[i - 1] < nums[i]) and (i == len(nums) - 1 or nums[i + 1] < nums[i]))
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(f"{peak}\n")


rng = random.Random(25)
write("sample1", [1, 2, 3, 1])
write("sample2", [1, 2, 1, 3, 5, 6, 4])
# The peak is the last element: no inner element is one.
write("sample3", [1, 2])
write("1", [1])
write("2", [1, 2, 3, 4])
write("3", [3, 2, 1])
write("4", [-2147483648, 2147483647])
write("5", list(range(-500, 500)))
nums = [rng.randint(-2**31, 2**31 - 1)]
while len(nums) < 1000:
    x = rng.randint(-2**31, 2**31 - 1)
    if x != nums[-1]:
        nums.append(x)
write("6", nums)
