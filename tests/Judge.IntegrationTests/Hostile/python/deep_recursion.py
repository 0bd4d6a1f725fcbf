# Lifts the recursion limit and recurses without end, on a big thread stack.
import sys
import threading

sys.setrecursionlimit(10**9)
threading.stack_size(512 << 20)


def deep(n):
    return deep(n + 1) + 1


thread = threading.Thread(target=lambda: print(deep(0)))
thread.start()
thread.join()
