# Looks through /proc: which processes it sees, and what of PID 1 (the runner) it can read.
import os

found = []
others = [p for p in os.listdir("/proc") if p.isdigit() and p not in ("1", str(os.getpid()))]
if others:
    found.append("processes " + " ".join(others))
for name in ("environ", "mem", "maps", "fd", "root", "cwd", "exe", "stack", "syscall"):
    path = "/proc/1/" + name
    try:
        if os.path.isdir(path) or name in ("root", "cwd"):
            os.listdir(path)
        else:
            with open(path, "rb") as f:
                f.read(1)
        found.append("readable " + path)
    except OSError:
        pass
print("ok" if not found else "found: " + ", ".join(found))
