# Writes to stderr as fast as it can, forever.
import sys

block = "e" * 65536
while True:
    sys.stderr.write(block)
