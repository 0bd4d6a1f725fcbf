# Tries to write outside the work dir and /tmp.
import os

written = []
for path in ("/judge-was-here", "/etc/passwd", "/usr/lib/python3/judge.py", "/usr/local/bin/judge-runner",
             "/var/tmp/judge", "/proc/sys/vm/drop_caches", "/sys/fs/cgroup/pids.max", "/dev/judge"):
    try:
        with open(path, "a") as f:
            f.write("x")
        written.append(path)
    except OSError:
        pass
print("ok" if not written else "wrote: " + " ".join(written))
