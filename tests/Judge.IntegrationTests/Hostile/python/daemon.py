# Test input "spawn": leaves a double-forked, setsid'd daemon behind. Test input "count": reports
# every process but itself and the runner (PID 1) that is still alive in the sandbox.
import os
import sys
import time

if sys.stdin.read().strip() == "spawn":
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(1000)
        os._exit(0)
    os.wait()
    print("ok")
else:
    others = [p for p in os.listdir("/proc") if p.isdigit() and p not in ("1", str(os.getpid()))]
    print("ok" if not others else "leftover " + " ".join(others))
