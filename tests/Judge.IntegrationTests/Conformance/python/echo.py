import sys
print("got " + input())
print("note", file=sys.stderr)
