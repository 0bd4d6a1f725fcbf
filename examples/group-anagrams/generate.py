#!/usr/bin/env python3
"""Writes the tests of examples/group-anagrams (run once from this folder; the output is committed): the groups in the
order of their first word, each group's words in input order (any_order_depth 2 accepts any order of both)."""
import json
import random


def write(name, strs):
    groups = {}
    for s in strs:
        groups.setdefault("".join(sorted(s)), []).append(s)
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(strs, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(json.dumps(list(groups.values()), separators=(",", ":")) + "\n")


rng = random.Random(25)
write("sample1", ["eat", "tea", "tan", "ate", "nat", "bat"])
write("sample2", [""])
write("sample3", ["a"])
# "ad" and "bc" have the same sum of letters, and the same length, but are no anagrams.
write("1", ["ad", "bc", "cb", "da", "ab"])
write("2", ["abc", "bca", "abc", "", "", "aab", "aba", "abb"])
write("3", ["".join(rng.choice("abcde") for _ in range(rng.randint(1, 6))) for _ in range(10000)])
