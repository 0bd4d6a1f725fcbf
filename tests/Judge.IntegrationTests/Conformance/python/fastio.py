import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = data[1:n + 1]
sys.stdout.write("\n".join(v.decode() for v in values[::10]) + "\n")
