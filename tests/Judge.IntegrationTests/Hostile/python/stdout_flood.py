import sys

block = "y" * 65536
while True:
    sys.stdout.write(block)
