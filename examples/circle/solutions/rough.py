# pi as 3.14: right to two digits, wrong beyond the tolerance.
import sys

for line in sys.stdin:
    if line.strip():
        r = float(line)
        print(f"{3.14 * r * r:.9f}")
