#!/usr/bin/env python3
"""Writes the tests of examples/invert-tree (run once from this folder; the output is committed). A tree is LeetCode's
level order: each node's two children in turn, null for a missing one, trailing nulls left out; [] is the empty tree."""
import json
import random


class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def serialize(root):
    out, queue = [], [root]
    while queue:
        node = queue.pop(0)
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue += [node.left, node.right]
    while out and out[-1] is None:
        out.pop()
    return out


def deserialize(values):
    if not values:
        return None
    root = Node(values[0])
    queue, i = [root], 1
    while queue and i < len(values):
        node = queue.pop(0)
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = Node(values[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def invert(node):
    if node:
        node.left, node.right = invert(node.right), invert(node.left)
    return node


def write(name, values):
    assert serialize(deserialize(values)) == values
    with open(f"tests/{name}.in", "w") as f:
        f.write(json.dumps(values, separators=(",", ":")) + "\n")
    with open(f"tests/{name}.out", "w") as f:
        f.write(json.dumps(serialize(invert(deserialize(values))), separators=(",", ":")) + "\n")


def random_tree(rng, count):
    root = Node(rng.randint(-100, 100))
    nodes = [root]
    while len(nodes) < count:
        parent = rng.choice(nodes)
        side = rng.choice(("left", "right"))
        if getattr(parent, side) is None:
            child = Node(rng.randint(-100, 100))
            setattr(parent, side, child)
            nodes.append(child)
    return root


rng = random.Random(25)
write("sample1", [4, 2, 7, 1, 3, 6, 9])
write("sample2", [2, 1, 3])
write("1", [])
write("2", [1, 2])
write("3", [5, None, 8, 7, None, None, 6])
# 100 nodes, each the left child of the one before: the inverted tree leans right.
chain = Node(0)
tip = chain
for i in range(1, 100):
    tip.left = Node(i - 50)
    tip = tip.left
write("4", serialize(chain))
write("5", serialize(random_tree(rng, 100)))
