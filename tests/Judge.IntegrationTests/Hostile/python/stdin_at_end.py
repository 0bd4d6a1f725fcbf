# Reads all its input, then keeps reading: stdin is a file at its end, so nothing can block.
import os
import sys

a, b = map(int, sys.stdin.read().split())
for _ in range(1000):
    assert os.read(0, 1 << 16) == b""
print(a + b)
