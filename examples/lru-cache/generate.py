#!/usr/bin/env python3
"""Writes the tests of examples/lru-cache (run once from this folder; the output is committed).

Each test is LeetCode's call format: line 1 the calls, line 2 their arguments; the expected output is one result per
call, null for the constructor and put. The results come from the reference below (an OrderedDict)."""
import json
import random
from collections import OrderedDict


def results(calls, arguments):
    cache, capacity, out = OrderedDict(), None, []
    for call, args in zip(calls, arguments):
        if call == "LRUCache":
            capacity, value = args[0], None
        elif call == "get":
            value = -1
            if args[0] in cache:
                cache.move_to_end(args[0])
                value = cache[args[0]]
        else:
            key, v = args
            cache[key] = v
            cache.move_to_end(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
            value = None
        out.append(value)
    return out


def write(name, calls, arguments):
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(calls, separators=(",", ":")) + "\n" + json.dumps(arguments, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(json.dumps(results(calls, arguments), separators=(",", ":")) + "\n")


def main():
    write("sample1", ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
          [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]])
    # Capacity 1: every put of a new key evicts the previous one.
    write("1", ["LRUCache", "put", "get", "put", "get", "get"], [[1], [2, 1], [2], [3, 2], [2], [3]])
    # put on a present key updates its value and makes it the most recent.
    write("2", ["LRUCache", "put", "put", "put", "put", "get", "get", "put", "get", "get", "get"],
          [[2], [2, 1], [1, 1], [2, 3], [4, 1], [1], [2], [5, 5], [1], [2], [5]])
    # A get of a key never put, and of a key put with value 0.
    write("3", ["LRUCache", "get", "put", "get", "get"], [[3], [7], [7, 0], [7], [8]])
    # 2,000 calls: capacity 10, keys 0..29 (so about a third of the gets miss), values up to 10^5.
    rng = random.Random(25)
    calls, arguments = ["LRUCache"], [[10]]
    for _ in range(1999):
        if rng.random() < 0.5:
            calls.append("get")
            arguments.append([rng.randrange(30)])
        else:
            calls.append("put")
            arguments.append([rng.randrange(30), rng.randrange(100001)])
    write("4", calls, arguments)


if __name__ == "__main__":
    main()
