#!/usr/bin/env python3
"""Protocol-level tests for judge-runner (see PROTOCOL.md).

usage: test_runner.py RUNNER [--unshare] [--private-tmp] [--uid UID] [--rtt-runs N]

  --unshare      run the runner as PID 1 of a new PID namespace
                 (unshare --pid --fork --mount-proc), with private tmpfs on /tmp and /dev/shm
  --private-tmp  run the runner (not PID 1) in a new mount namespace with private tmpfs on /tmp and /dev/shm
  --uid UID      drop to UID/GID (setpriv) before starting the runner, as in production

The reset after EXEC wipes /tmp once sealed, so the SEAL test only runs when /tmp is private (--unshare or --private-tmp).
The namespace options need root. The driver uses the Python standard library only.
"""
import argparse
import errno
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import traceback

MAGIC = 0x314E524A
PING, WRITE_FILE, EXEC, SEAL, WIPE, EXEC_BATCH, CANCEL, PRESTART, EXEC_PRESTARTED, EXEC_PIPED = range(1, 11)
STATUS = ["OK", "NONZERO_EXIT", "SIGNALED", "CPU_TIME_LIMIT", "WALL_TIME_LIMIT",
          "MEMORY_LIMIT", "OUTPUT_LIMIT", "INTERNAL_ERROR", "NOT_RUN"]
STOP_AFTER_FAILED_RUN = 1
STARVED = 32
MiB = 1 << 20
ENV = ["PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C"]


def u32(v): return struct.pack("<I", v)
def u64(v): return struct.pack("<Q", v)
def pstr(s): s = s.encode() if isinstance(s, str) else s; return u32(len(s)) + s
def blob(b): return u64(len(b)) + b


def tree(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, ds, fs in os.walk(root) for f in ds + fs)


class Reply:
    def __init__(self, body):
        (magic, self.status, self.exit_code, self.signal, self.cpu_us, self.wall_us,
         self.peak_rss_kib, self.flags) = struct.unpack_from("<IIiiQQQI", body, 0)
        assert magic == MAGIC, f"reply magic {magic:#x}"
        off = 44
        n, = struct.unpack_from("<Q", body, off); off += 8
        self.stdout = body[off:off + n]; off += n
        n, = struct.unpack_from("<Q", body, off); off += 8
        self.stderr = body[off:off + n]; off += n
        n, = struct.unpack_from("<I", body, off); off += 4
        self.message = body[off:off + n].decode(errors="replace"); off += n
        self.wait_us, self.runs, self.ended_ns = struct.unpack_from("<QIQ", body, off); off += 20
        assert off == len(body), f"reply has {len(body) - off} trailing bytes"

    @property
    def name(self): return STATUS[self.status] if self.status < len(STATUS) else str(self.status)

    def __repr__(self):
        return (f"<{self.name} exit={self.exit_code} sig={self.signal} cpu_us={self.cpu_us} "
                f"wall_us={self.wall_us} wait_us={self.wait_us} runs={self.runs} ended_ns={self.ended_ns} rss={self.peak_rss_kib}KiB flags={self.flags} "
                f"stdout={self.stdout[:80]!r}{'...' if len(self.stdout) > 80 else ''} "
                f"({len(self.stdout)}B) stderr={self.stderr[:80]!r} ({len(self.stderr)}B) "
                f"msg={self.message!r}>")


class Runner:
    def __init__(self, cmd, log=None):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)

    def _read(self, n):
        data = self.proc.stdout.read(n)
        if len(data) != n:
            raise AssertionError(f"runner closed its stdout (exit {self.proc.poll()})")
        return data

    def raw(self, body):
        self.send_raw(body)
        return self.reply()

    def send_raw(self, body):
        self.proc.stdin.write(u32(len(body)) + body)
        self.proc.stdin.flush()

    def send(self, op, fields=b""):
        """Sends a request without waiting; its reply is read with reply()."""
        self.send_raw(u32(MAGIC) + u32(op) + fields)

    def request(self, op, fields=b""):
        return self.raw(u32(MAGIC) + u32(op) + fields)

    def ping(self):
        return self.request(PING)

    def write_file(self, path, data, mode=0o644):
        return self.request(WRITE_FILE, pstr(path) + u32(mode) + blob(data))

    def seal(self, d):
        return self.request(SEAL, pstr(d))

    def reset(self):
        """Any EXEC resets a sealed work dir when it ends."""
        return self.exec(["/bin/true"])

    def wipe(self, d):
        return self.request(WIPE, pstr(d))

    @staticmethod
    def exec_fields(argv, stdin=b"", cpu_ms=0, wall_ms=5000, memory=0, address_space=0, stack=0,
                    stdout_limit=64 * MiB, stderr_limit=64 * 1024, file_size=0, cwd="/", env=ENV,
                    stdin_path="", stdout_path=""):
        return (u32(cpu_ms) + u32(wall_ms) + u64(memory) + u64(address_space) + u64(stack)
                + u64(stdout_limit) + u64(stderr_limit) + u64(file_size) + pstr(cwd)
                + u32(len(argv)) + b"".join(pstr(a) for a in argv)
                + u32(len(env)) + b"".join(pstr(e) for e in env)
                + pstr(stdin_path) + pstr(stdout_path) + blob(stdin))

    def exec(self, argv, **kw):
        return self.request(EXEC, self.exec_fields(argv, **kw))

    def prestart(self, argv, **kw):
        return self.request(PRESTART, self.exec_fields(argv, **kw))

    def exec_prestarted(self, argv, **kw):
        return self.request(EXEC_PRESTARTED, self.exec_fields(argv, **kw))

    @staticmethod
    def batch_fields(argv, items, flags=0, backlog=1 << 40, cpu_ms=0, wall_ms=5000, memory=0, file_size=0, cwd="/", env=ENV):
        """items: (stdin_path, stdout_path, stdout_limit) per run."""
        return (u32(cpu_ms) + u32(wall_ms) + u64(memory) + u64(0) + u64(0) + u64(0) + u64(64 * 1024)
                + u64(file_size) + pstr(cwd) + u32(len(argv)) + b"".join(pstr(a) for a in argv)
                + u32(len(env)) + b"".join(pstr(e) for e in env) + u32(flags) + u64(backlog) + u32(len(items))
                + b"".join(pstr(i) + pstr(o) + u64(limit) for i, o, limit in items))

    def send_batch(self, argv, items, **kw):
        """Sends an EXEC_BATCH; its replies are read with reply(), one per item."""
        self.send(EXEC_BATCH, self.batch_fields(argv, items, **kw))

    def send_cancel(self):
        self.send(CANCEL)

    def send_piped(self, order, argv, **kw):
        """Sends an EXEC_PIPED (order 0: stdin first, 1: stdout first); its reply is read with reply()."""
        self.send(EXEC_PIPED, u32(order) + self.exec_fields(argv, **kw))

    def reply(self):
        n, = struct.unpack("<I", self._read(4))
        return Reply(self._read(n))

    def sh(self, script, **kw):
        return self.exec(["/bin/sh", "-c", script], **kw)

    def close(self):
        self.proc.stdin.close()
        rc = self.proc.wait(timeout=10)
        rest = self.proc.stdout.read()
        return rc, rest


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def expect_status(r, name, what=""):
    expect(r.name == name, f"{what}expected {name}, got {r!r}")


class Suite:
    def __init__(self, runner, opts, root, new_runner):
        self.r, self.opts, self.root = runner, opts, root
        self.new_runner, self.peer_runner, self.fifo_serial = new_runner, None, 0
        self.results = []
        self.in_pidns = opts.unshare
        self.private_tmp = opts.unshare or opts.private_tmp

    def run(self, name, fn):
        t0 = time.monotonic()
        try:
            note = fn()
            status = "SKIP" if note and note.startswith("SKIP") else "PASS"
        except Exception as e:  # noqa: BLE001 - every failure is reported, then the suite goes on
            status, note = "FAIL", f"{type(e).__name__}: {e}"
            if not isinstance(e, AssertionError):
                note += "\n" + traceback.format_exc()
        dt = time.monotonic() - t0
        self.results.append((name, status))
        print(f"[{status}] {name} ({dt:.2f}s){': ' + note if note else ''}", flush=True)

    # ------------------------------------------------------------ tests

    def t_ping(self):
        r = self.r.ping()
        expect_status(r, "OK")
        expect(r.message == "judge-runner 4", f"PING message {r.message!r}")
        expect(r.ended_ns == 0 and r.runs == 0, f"nothing ran: {r!r}")

    def t_write_then_cat(self):
        path = os.path.join(self.root, "work", "hello.txt")
        data = b"hello\x00world\n" * 1000
        expect_status(self.r.write_file(path, data, 0o640), "OK", "WRITE_FILE: ")
        mode = os.stat(path).st_mode & 0o7777
        expect(mode == 0o640, f"file mode {mode:o}, want 640")
        r = self.r.exec(["/bin/cat", path])
        expect_status(r, "OK")
        expect(r.stdout == data, "cat output differs from the written data")
        r = self.r.write_file("relative/path", b"x")
        expect_status(r, "INTERNAL_ERROR", "relative WRITE_FILE path: ")

    def t_add(self):
        r = self.r.sh("read a b; echo $((a+b))", stdin=b"1 2\n")
        expect_status(r, "OK")
        expect(r.stdout == b"3\n", f"stdout {r.stdout!r}, want b'3\\n'")
        expect(r.exit_code == 0 and r.signal == 0, f"exit/signal {r.exit_code}/{r.signal}")

    def t_exit3(self):
        r = self.r.sh("exit 3")
        expect_status(r, "NONZERO_EXIT")
        expect(r.exit_code == 3, f"exit_code {r.exit_code}, want 3")

    def t_segv(self):
        r = self.r.sh("kill -SEGV $$")
        expect_status(r, "SIGNALED")
        expect(r.signal == 11 and r.exit_code == -1, f"signal {r.signal} exit {r.exit_code}")

    def t_cpu(self):
        t0 = time.monotonic()
        r = self.r.sh("while :; do :; done", cpu_ms=500, wall_ms=10000)
        dt = time.monotonic() - t0
        expect_status(r, "CPU_TIME_LIMIT")
        expect(r.cpu_us >= 500000, f"cpu_us {r.cpu_us} < 500000")
        expect(dt < 2.0, f"took {dt:.2f}s")
        return f"cpu_us={r.cpu_us} wall={dt:.3f}s"

    def t_wall(self):
        t0 = time.monotonic()
        r = self.r.exec(["/bin/sleep", "10"], wall_ms=500)
        dt = time.monotonic() - t0
        expect_status(r, "WALL_TIME_LIMIT")
        expect(dt < 0.6, f"round trip {dt:.3f}s, want < 0.6s")
        expect(r.signal == 9, f"signal {r.signal}, want 9")
        expect(r.flags & STARVED == 0 and r.runs == 1, f"a sleeping program is not starved and runs once: {r!r}")
        return f"round trip {dt:.3f}s, wall_us={r.wall_us}"

    # A program that burns 0.3 s of CPU time, pinned to CPU 0 with the busy loops below: the share the scheduler gives
    # it, not the machine's speed, makes it wait.
    BURN = ["/usr/bin/taskset", "-c", "0", "/usr/bin/python3", "-S", "-c",
            "import time\nt = time.process_time()\nwhile time.process_time() - t < {}: pass"]

    @staticmethod
    def busy_loops(count, nice):
        return [subprocess.Popen(["taskset", "-c", "0", "nice", "-n", str(nice), "sh", "-c", "while :; do :; done"])
                for _ in range(count)]

    @staticmethod
    def stop(loops):
        for p in loops:
            p.kill()
            p.wait()

    def t_wall_waits_for_cpu(self):
        # Three loops share CPU 0 with the program: it waits about three times its CPU time, 0.9 s, past its 0.5 s wall
        # limit, and is not stopped, since the wall clock is extended by its wait.
        loops = self.busy_loops(3, 0)
        try:
            argv = self.BURN[:-1] + [self.BURN[-1].format(0.3)]
            r = self.r.exec(argv, cpu_ms=2000, wall_ms=500)
        finally:
            self.stop(loops)
        expect_status(r, "OK", "a program that waited for a CPU: ")
        expect(r.wall_us > 500000 and r.wait_us > 300000, f"it waited past its wall limit: {r!r}")
        expect(r.runs == 1 and r.flags & STARVED == 0, f"once, not starved: {r!r}")
        return f"cpu_us={r.cpu_us} wall_us={r.wall_us} wait_us={r.wait_us}"

    def t_starved(self):
        # Loops at nice -20 leave the program (nice 0) under 1% of CPU 0: it reaches ten times its 100 ms wall limit
        # runnable, short of the 0.5 s of CPU time it needs, and is run three times in all, then reported starved.
        if os.geteuid() != 0:
            return "SKIP: nice -20 needs root"
        loops = self.busy_loops(3, -20)
        try:
            argv = self.BURN[:-1] + [self.BURN[-1].format(0.5)]
            t0 = time.monotonic()
            r = self.r.exec(argv, cpu_ms=2000, wall_ms=100)
            dt = time.monotonic() - t0
        finally:
            self.stop(loops)
        expect_status(r, "WALL_TIME_LIMIT", "a starved program: ")
        expect(r.flags & STARVED and r.runs == 3, f"starved, and run three times: {r!r}")
        expect(r.wall_us >= 1000000 and r.cpu_us < 500000, f"stopped at 10x its limit, short of its CPU time: {r!r}")
        return f"3 runs in {dt:.2f}s, last wall_us={r.wall_us} wait_us={r.wait_us}"

    def t_yes(self):
        r = self.r.exec(["/usr/bin/yes"], stdout_limit=MiB)
        expect_status(r, "OUTPUT_LIMIT")
        expect(len(r.stdout) == MiB, f"stdout {len(r.stdout)} bytes, want {MiB}")
        expect(r.stdout == b"y\n" * (MiB // 2), "stdout content is not 'y\\n' repeated")
        expect(r.flags & 1, f"flags {r.flags}: stdout truncated bit not set")

    def t_stdout_exact(self):
        r = self.r.sh("head -c 1048576 /dev/zero", stdout_limit=MiB)
        expect_status(r, "OK", "output of exactly the limit: ")
        expect(len(r.stdout) == MiB and not r.flags & 1, f"{len(r.stdout)} bytes, flags {r.flags}")

    def t_stderr_flood(self):
        r = self.r.sh("head -c 10000000 /dev/zero >&2; echo done", stderr_limit=65536)
        expect_status(r, "OK", "stderr overflow is not an error: ")
        expect(len(r.stderr) == 65536, f"stderr {len(r.stderr)} bytes, want 65536")
        expect(r.flags & 2 and not r.flags & 1, f"flags {r.flags}, want stderr-truncated only")
        expect(r.stdout == b"done\n", f"stdout {r.stdout!r}")
        r = self.r.sh("head -c 10000000 /dev/zero >&2; echo done", stderr_limit=65536, stdout_limit=MiB)
        expect_status(r, "OUTPUT_LIMIT", "stderr beyond the output limit: ")

    def t_stdio_files(self):
        """stdin, stdout and stderr are files: a program that sets O_NONBLOCK and writes more than a
        pipe holds in one call, then exits at once, loses nothing (Node's process.exit case)."""
        r = self.r.exec(["/usr/bin/stat", "-L", "-c", "%F", "/proc/self/fd/0", "/proc/self/fd/1", "/proc/self/fd/2"])
        expect(r.stdout.split(b"\n")[:3] == [b"regular file"] * 3 or
               r.stdout.split(b"\n")[:3] == [b"regular empty file"] * 3, f"fd 0-2 kinds: {r!r}")
        py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else os.path.realpath(sys.executable)
        script = "import os; os.set_blocking(1, False); n = os.write(1, b'x' * 3000000); os._exit(0 if n == 3000000 else 3)"
        r = self.r.exec([py, "-S", "-c", script])
        expect_status(r, "OK", "one non-blocking write of 3 MB: ")
        expect(r.stdout == b"x" * 3000000, f"stdout has {len(r.stdout)} bytes, want 3000000")

    def t_stdio_paths(self):
        """stdin_path and stdout_path: the program reads and writes the host's files directly."""
        d = os.path.join(self.root, "io")
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o755)
        src, dst = os.path.join(d, "input"), os.path.join(d, "stdout")
        data = os.urandom(20 * MiB)
        with open(src, "wb") as f:
            f.write(data)
        with open(dst, "wb") as f:
            f.write(b"left over from an earlier run, longer than what comes next" * 1000)
        os.chmod(src, 0o644)
        os.chmod(dst, 0o666)
        r = self.r.exec(["/bin/cat"], stdin_path=src, stdout_path=dst, stdout_limit=32 * MiB)
        expect_status(r, "OK", "cat from stdin_path to stdout_path: ")
        expect(r.stdout == b"", f"stdout at a path is not copied into the reply: {len(r.stdout)} bytes")
        with open(dst, "rb") as f:
            expect(f.read() == data, "the stdout file differs from the input")
        r = self.r.sh("head -c 100 /dev/zero; echo oops >&2", stdout_path=dst, stdout_limit=MiB)
        expect(r.name == "OK" and os.path.getsize(dst) == 100 and r.stderr == b"oops\n",
               f"stdout file truncated at the start of a run, stderr in the reply: {r!r}, {os.path.getsize(dst)} bytes")
        r = self.r.exec(["/usr/bin/yes"], stdout_path=dst, stdout_limit=MiB, file_size=4096)
        expect_status(r, "OUTPUT_LIMIT", "yes into a stdout file: ")
        size = os.path.getsize(dst)
        expect(r.flags & 1 and MiB < size <= MiB + 1, f"flags {r.flags}, the file holds {size} bytes (cap + 1 at most)")
        r = self.r.exec(["/bin/true"], stdout_path=os.path.join(d, "missing"))
        expect(r.name == "INTERNAL_ERROR" and "stdout" in r.message, f"a missing stdout file: {r!r}")
        r = self.r.exec(["/bin/true"], stdin_path=os.path.join(d, "missing"))
        expect(r.name == "INTERNAL_ERROR" and "stdin" in r.message, f"a missing stdin file: {r!r}")
        r = self.r.exec(["/bin/true"], stdin_path=src, stdin=b"x")
        expect_status(r, "INTERNAL_ERROR", "stdin_path and a stdin blob: ")
        r = self.r.exec(["/bin/true"], stdout_path="relative/stdout")
        expect_status(r, "INTERNAL_ERROR", "relative stdout_path: ")
        os.symlink(dst, os.path.join(d, "link"))
        r = self.r.exec(["/bin/true"], stdout_path=os.path.join(d, "link"))
        expect(r.name == "INTERNAL_ERROR", f"a symlink as stdout_path is refused: {r!r}")

    def t_batch(self):
        """EXEC_BATCH: one program on several inputs, a reply per item in order, each with its own stdout file and limit."""
        d = os.path.join(self.root, "batch")
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o755)
        items = []
        for i in range(5):
            src, dst = os.path.join(d, f"in{i}"), os.path.join(d, f"out{i}")
            with open(src, "w") as f:
                f.write(f"{i} {i * 10}\n" if i != 3 else "boom\n")
            open(dst, "w").close()
            os.chmod(src, 0o644)
            os.chmod(dst, 0o666)
            items.append((src, dst, 64 if i != 4 else 3))
        script = 'read a b; [ "$a" = boom ] && exit 7; echo $((a+b)); echo err$a >&2'
        self.r.send_batch(["/bin/sh", "-c", script], items)
        replies = [self.r.reply() for _ in items]
        expect([r.name for r in replies] == ["OK", "OK", "OK", "NONZERO_EXIT", "OUTPUT_LIMIT"],
               f"statuses {[r.name for r in replies]}")
        for i in (0, 1, 2):
            with open(items[i][1]) as f:
                out = f.read()
            expect(out == f"{i * 11}\n" and replies[i].stderr == f"err{i}\n".encode(), f"item {i}: {out!r}, {replies[i]!r}")
        expect(replies[3].exit_code == 7, f"item 3: {replies[3]!r}")
        expect(self.r.ping().name == "OK", "PING after a batch")
        # Stop after a failed run: the rest are NOT_RUN, and nothing of them ran.
        marker = os.path.join(self.root, "work", "ran")
        self.r.send_batch(["/bin/sh", "-c", f'read a b; [ "$a" = boom ] && exit 7; echo $a >> {marker}'],
                          [items[2], items[3], items[0], items[1]], flags=STOP_AFTER_FAILED_RUN)
        replies = [self.r.reply() for _ in range(4)]
        expect([r.name for r in replies] == ["OK", "NONZERO_EXIT", "NOT_RUN", "NOT_RUN"], f"statuses {[r.name for r in replies]}")
        with open(marker) as f:
            expect(f.read() == "2\n", "only the runs before the failure ran")
        # CANCEL: the run under way is killed, it and the runs not started are NOT_RUN, then CANCEL gets its own reply.
        self.r.send_batch(["/bin/sh", "-c", 'read a b; [ "$a" = 0 ] || exec sleep 10'], [items[0]] + [items[1]] * 19)
        first = self.r.reply()
        time.sleep(0.2)
        t0 = time.monotonic()
        self.r.send_cancel()
        rest = [self.r.reply() for _ in range(19)]
        ack = self.r.reply()
        took = time.monotonic() - t0
        expect(first.name == "OK" and all(r.name == "NOT_RUN" for r in rest), f"cancelled batch: {[r.name for r in rest]}")
        expect(took < 1, f"the sleeping run was killed at once, not waited for: {took:.2f}s")
        expect(ack.name == "OK" and ack.message == "cancelled", f"CANCEL reply {ack!r}")
        # The backlog: the next run waits while answered runs' stdout files hold more than it, until the host removes them.
        outs = [os.path.join(d, f"backlog{i}") for i in range(3)]
        for o in outs:
            open(o, "w").close()
            os.chmod(o, 0o666)
        self.r.send_batch(["/bin/sh", "-c", "head -c 1000 /dev/zero; date +%s%N >&2"], [(items[0][0], o, 4096) for o in outs], backlog=1500)
        first, second = self.r.reply(), self.r.reply()
        time.sleep(0.3)
        os.remove(outs[0])
        third = self.r.reply()
        started = [int(r.stderr) for r in (first, second, third)]
        expect(all(r.name == "OK" for r in (first, second, third)), "backlog batch runs")
        expect(started[2] - started[1] >= 250_000_000, f"the third run waited for the host to read the first two: {started}")
        os.remove(outs[1])
        os.remove(outs[2])
        # A CANCEL after the batch ended is answered too, and nothing happens.
        self.r.send_batch(["/bin/true"], [items[0]])
        expect(self.r.reply().name == "OK", "one-item batch")
        self.r.send_cancel()
        ack = self.r.reply()
        expect(ack.name == "OK" and ack.message == "nothing to cancel", f"late CANCEL reply {ack!r}")
        # Malformed: one INTERNAL_ERROR reply.
        for bad_items, what in (([], "no items"), ([("relative", items[0][1], 1)], "a relative path")):
            self.r.send_batch(["/bin/true"], bad_items)
            expect_status(self.r.reply(), "INTERNAL_ERROR", f"a batch with {what}: ")
        return f"CANCEL took {took * 1000:.0f} ms"

    def t_prestart(self):
        """PRESTART starts a program that waits on its stdin; EXEC_PRESTARTED hands it its request and runs it from there."""
        waiting = ["/bin/sh", "-c", "t=$(date +%s%N); while [ $(( $(date +%s%N) - t )) -lt 300000000 ]; do :; done; "
                                    "read req; echo prestarted:$req"]
        fresh = ["/bin/sh", "-c", "read req; echo fresh:$req"]
        expect_status(self.r.prestart(waiting, cpu_ms=60000, wall_ms=60000), "OK", "PRESTART: ")
        time.sleep(0.6)  # it burns 0.3 s of CPU warming up, then waits
        r = self.r.exec_prestarted(fresh, stdin=b"main.cs\n", cpu_ms=200, wall_ms=400)
        expect(r.name == "OK" and r.stdout == b"prestarted:main.cs\n" and r.flags & 16, f"the prestarted program got the request: {r!r}")
        expect(r.cpu_us < 200000 and r.wall_us < 400000, f"its time counts from the hand-over: cpu_us {r.cpu_us}, wall_us {r.wall_us}")
        # None prestarted: EXEC_PRESTARTED runs its own argv, the request as stdin.
        r = self.r.exec_prestarted(fresh, stdin=b"again\n")
        expect(r.name == "OK" and r.stdout == b"fresh:again\n" and not r.flags & 16, f"without a prestarted program: {r!r}")
        # Any request that runs something ends a prestarted program first; PING and WRITE_FILE do not.
        expect_status(self.r.prestart(["/bin/sh", "-c", "read req; echo prestarted:$req"]), "OK", "PRESTART: ")
        expect_status(self.r.ping(), "OK")
        r = self.r.exec_prestarted(fresh, stdin=b"x\n")
        expect(r.stdout == b"prestarted:x\n", f"PING kept it: {r!r}")
        expect_status(self.r.prestart(["/bin/sh", "-c", "read req; echo prestarted:$req"]), "OK", "PRESTART: ")
        expect_status(self.r.exec(["/bin/true"]), "OK")
        r = self.r.exec_prestarted(fresh, stdin=b"y\n")
        expect(r.stdout == b"fresh:y\n", f"an EXEC ended it: {r!r}")
        # It died waiting: EXEC_PRESTARTED runs its own argv.
        expect_status(self.r.prestart(["/bin/sh", "-c", "exit 3"]), "OK", "PRESTART: ")
        time.sleep(0.1)
        r = self.r.exec_prestarted(fresh, stdin=b"z\n")
        expect(r.stdout == b"fresh:z\n", f"a prestarted program that died: {r!r}")
        r = self.r.prestart(["/nonexistent"])
        expect(r.name == "INTERNAL_ERROR" and "exec" in r.message, f"PRESTART of a missing program: {r!r}")
        r = self.r.prestart(["/bin/true"], stdin=b"x")
        expect_status(r, "INTERNAL_ERROR", "PRESTART with a stdin: ")

    # ------------------------------------------------------------ EXEC_PIPED: two runners, two FIFOs

    PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else os.path.realpath(sys.executable)
    # The interactor: the secret in argv; answers each guess "<" (the secret is smaller), ">" or "=".
    INTERACTOR = """import sys
secret, n, g = int(sys.argv[1]), 0, None
while n < 25 and g != secret:
    line = sys.stdin.readline()
    if not line:
        break
    n, g = n + 1, int(line)
    print("=" if g == secret else "<" if secret < g else ">", flush=True)
print(("ok %d queries" if g == secret else "wrong answer after %d queries") % n, file=sys.stderr)
sys.exit(0 if g == secret else 1)
"""
    # The candidate: a binary search over 1..10^6, its result on stderr.
    SOLVER = """import sys
lo, hi = 1, 1000000
while True:
    mid = (lo + hi) // 2
    print(mid, flush=True)
    a = sys.stdin.readline().strip()
    if a == "=":
        break
    if a == "<":
        hi = mid - 1
    elif a == ">":
        lo = mid + 1
    else:
        sys.exit(3)
print(mid, file=sys.stderr)
"""

    def peer(self):
        """A second runner, started as the first (its own PID namespace with --unshare), for the other end of the pipes."""
        if self.peer_runner is None:
            self.peer_runner = self.new_runner()
            expect_status(self.peer_runner.ping(), "OK", "the second runner: ")
        return self.peer_runner

    def fifos(self):
        """Two fresh FIFOs both runners' uid can open: a (solver's stdin, interactor's stdout) and b (the other way)."""
        d = os.path.join(self.root, "pipes")
        os.makedirs(d, exist_ok=True)
        os.chmod(d, 0o755)
        self.fifo_serial += 1
        paths = [os.path.join(d, f"{self.fifo_serial}{x}") for x in "ab"]
        for path in paths:
            os.mkfifo(path)
            os.chmod(path, 0o666)  # after mkfifo: the umask
        return paths

    def interact(self, solver, interactor, solver_kw=None, interactor_kw=None):
        """Both sides at once: the solver (stdin first) on the suite's runner, the interactor (stdout first) on the peer."""
        a, b = self.fifos()
        peer = self.peer()
        t0 = time.monotonic_ns()
        self.r.send_piped(0, solver, stdin_path=a, stdout_path=b, **(solver_kw or {}))
        peer.send_piped(1, interactor, stdin_path=b, stdout_path=a, **(interactor_kw or {}))
        sol, inter = self.r.reply(), peer.reply()
        t1 = time.monotonic_ns()
        for side, r in (("solver", sol), ("interactor", inter)):
            expect(r.runs == 1 and t0 <= r.ended_ns - r.wall_us * 1000 and r.ended_ns <= t1,
                   f"{side}: one run, ended_ns within the request: {r!r} ({t0}..{t1})")
        return sol, inter

    def t_piped(self):
        """EXEC_PIPED on two runners: a guess-the-number exchange through two FIFOs."""
        secret = 737373
        sol, inter = self.interact([self.PY, "-S", "-c", self.SOLVER], [self.PY, "-S", "-c", self.INTERACTOR, str(secret)])
        expect_status(inter, "OK", "interactor: ")
        expect_status(sol, "OK", "solver: ")
        expect(sol.stderr == f"{secret}\n".encode() and inter.stderr.startswith(b"ok "),
               f"the solver found the secret: {sol.stderr!r}, interactor: {inter.stderr!r}")
        expect(sol.stdout == b"" and inter.stdout == b"", "stdout is the FIFO: nothing in the reply")
        return inter.stderr.decode().strip()

    def t_piped_wrong_answer(self):
        """The interactor ends first (wrong answer) while the solver goes on writing: SIGPIPE, and it ended later."""
        interactor = [self.PY, "-S", "-c", "import sys; sys.stdin.readline(); print('wrong answer', file=sys.stderr); sys.exit(1)"]
        # At the end of its input it waits a little, so that the order of the two ends does not depend on the scheduler.
        solver = ["/bin/sh", "-c", "echo 1; read a || sleep 0.3; while :; do echo 1; done"]
        sol, inter = self.interact(solver, interactor)
        expect(inter.name == "NONZERO_EXIT" and inter.exit_code == 1, f"interactor: {inter!r}")
        expect((sol.name == "SIGNALED" and sol.signal == signal.SIGPIPE) or sol.name in ("OK", "NONZERO_EXIT"),
               f"solver: {sol!r}")
        expect(inter.ended_ns <= sol.ended_ns, f"the interactor ended first: {inter.ended_ns} > {sol.ended_ns}")
        return f"solver {sol.name} signal {sol.signal}, ended {(sol.ended_ns - inter.ended_ns) / 1e6:.0f} ms after the interactor"

    def t_piped_idle(self):
        """A solver that never flushes its guess and waits for an answer: WALL_TIME_LIMIT, having used little CPU."""
        solver = [self.PY, "-S", "-c", "import sys; print(1); sys.stdin.readline()"]
        # The interactor's limit is longer, so the solver's deadline comes first whatever the start order.
        sol, inter = self.interact(solver, [self.PY, "-S", "-c", self.INTERACTOR, "5"],
                                   solver_kw={"cpu_ms": 5000, "wall_ms": 1000}, interactor_kw={"wall_ms": 20000})
        expect_status(sol, "WALL_TIME_LIMIT", "solver: ")
        expect(sol.cpu_us < 500000 and sol.signal == signal.SIGKILL, f"an idle solver: {sol!r}")
        expect(inter.name == "NONZERO_EXIT", f"the interactor saw its input end: {inter!r}")
        return f"solver cpu_us={sol.cpu_us} wall_us={sol.wall_us}"

    def t_piped_no_peer(self):
        """Nobody opens the other end: INTERNAL_ERROR at about the wall limit, naming the FIFO the program waited on."""
        for order in (0, 1):
            a, b = self.fifos()
            t0 = time.monotonic()
            self.r.send_piped(order, ["/bin/true"], stdin_path=a, stdout_path=b, wall_ms=300)
            r = self.r.reply()
            dt = time.monotonic() - t0
            first = a if order == 0 else b
            expect(r.name == "INTERNAL_ERROR" and first in r.message and "not opened" in r.message,
                   f"order {order}, no peer: {r!r}")
            expect(r.ended_ns == 0 and dt < 20, f"nothing ran, and the reply came ({dt:.2f}s): {r!r}")
        # The first FIFO opened (here by the test), the second not: the message names the second.
        a, b = self.fifos()
        self.r.send_piped(0, ["/bin/true"], stdin_path=a, stdout_path=b, wall_ms=2000)
        fd, deadline = None, time.monotonic() + 20
        while fd is None and time.monotonic() < deadline:
            try:
                fd = os.open(a, os.O_WRONLY | os.O_NONBLOCK)  # succeeds once the program's open of a waits
            except OSError as e:
                if e.errno != errno.ENXIO:
                    raise
                time.sleep(0.01)
        r = self.r.reply()
        if fd is not None:
            os.close(fd)
        expect(fd is not None, "the program opened its stdin FIFO")
        expect(r.name == "INTERNAL_ERROR" and b in r.message and a not in r.message, f"first FIFO opened only: {r!r}")
        expect_status(self.r.ping(), "OK", "PING after: ")
        return r.message

    def t_piped_malformed(self):
        a, b = self.fifos()
        regular = os.path.join(self.root, "pipes", "regular")
        with open(regular, "w") as f:
            f.write("1\n")
        os.chmod(regular, 0o666)
        for order, kw, what in ((0, {"stdin_path": regular, "stdout_path": b}, "a regular file as stdin"),
                                (1, {"stdin_path": a, "stdout_path": regular}, "a regular file as stdout")):
            self.r.send_piped(order, ["/bin/true"], wall_ms=2000, **kw)
            r = self.r.reply()
            expect(r.name == "INTERNAL_ERROR" and regular in r.message and "not a FIFO" in r.message, f"{what}: {r!r}")
        for order, kw, what in ((0, {"stdin_path": a, "stdout_path": b, "stdin": b"x"}, "a stdin blob"),
                                (0, {"stdin_path": "", "stdout_path": b, "stdin": b"x"}, "no stdin_path"),
                                (0, {"stdin_path": a, "stdout_path": ""}, "no stdout_path"),
                                (2, {"stdin_path": a, "stdout_path": b}, "order 2")):
            self.r.send_piped(order, ["/bin/true"], wall_ms=2000, **kw)
            expect_status(self.r.reply(), "INTERNAL_ERROR", f"{what}: ")
        expect_status(self.r.request(EXEC_PIPED, u32(0)), "INTERNAL_ERROR", "truncated: ")
        expect_status(self.r.ping(), "OK", "PING after: ")

    def t_ended_ns(self):
        """ended_ns: the monotonic instant wall_us ends at (the reap, or the first kill); 0 when nothing ran."""
        for argv, wall_ms, status in ((["/bin/true"], 5000, "OK"), (["/bin/sleep", "10"], 300, "WALL_TIME_LIMIT")):
            t0 = time.monotonic_ns()
            r = self.r.exec(argv, wall_ms=wall_ms)
            t1 = time.monotonic_ns()
            expect_status(r, status)
            expect(t0 <= r.ended_ns - r.wall_us * 1000 and r.ended_ns <= t1, f"ended_ns within the request ({t0}..{t1}): {r!r}")
        expect(self.r.ping().ended_ns == 0, "PING: 0")
        expect(self.r.write_file(os.path.join(self.root, "work", "e"), b"").ended_ns == 0, "WRITE_FILE: 0")
        expect(self.r.exec(["/nonexistent"]).ended_ns == 0, "a failure before the start: 0")

    def t_killed_wall_time(self):
        """A killed run's wall time ends at the kill, not when the last of what it forked is gone."""
        r = self.r.exec(["/bin/sleep", "10"], wall_ms=300)
        expect_status(r, "WALL_TIME_LIMIT")
        expect(300000 <= r.wall_us < 300000 + 50000, f"wall_us {r.wall_us}, want the 300 ms limit plus a tick")

    def t_wc32(self):
        r = self.r.exec(["/usr/bin/wc", "-c"], stdin=os.urandom(32 * MiB))
        expect_status(r, "OK")
        expect(r.stdout.strip() == b"33554432", f"wc -c printed {r.stdout!r}")

    def t_cat64(self):
        data = os.urandom(64 * MiB)
        t0 = time.monotonic()
        r = self.r.exec(["/bin/cat"], stdin=data, stdout_limit=64 * MiB)
        dt = time.monotonic() - t0
        expect_status(r, "OK")
        expect(len(r.stdout) == len(data), f"stdout {len(r.stdout)} bytes, want {len(data)}")
        expect(r.stdout == data, "64 MiB round trip corrupted the data")
        return f"{dt:.2f}s"

    def t_memory(self):
        py = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else os.path.realpath(sys.executable)
        r = self.r.exec([py, "-c", "b = b'x' * (300 << 20)"], memory=100 * MiB)
        expect_status(r, "MEMORY_LIMIT")
        expect(r.peak_rss_kib > 100 * 1024, f"peak_rss_kib {r.peak_rss_kib}")
        return f"peak_rss_kib={r.peak_rss_kib}"

    def t_missing(self):
        r = self.r.exec(["/nonexistent/prog"])
        expect_status(r, "INTERNAL_ERROR")
        expect("No such file" in r.message and "/nonexistent/prog" in r.message,
               f"message {r.message!r}")
        r = self.r.exec(["/bin/true"], cwd="/nonexistent-dir")
        expect_status(r, "INTERNAL_ERROR", "bad cwd: ")
        expect("chdir" in r.message, f"message {r.message!r}")

    def t_child_env(self):
        r = self.r.exec(["/usr/bin/env"], env=["A=1", "B=two words"])
        expect(r.stdout == b"A=1\nB=two words\n", f"env: {r!r}")
        wd = os.path.join(self.root, "work")
        r = self.r.exec(["/bin/pwd"], cwd=wd)
        expect(r.stdout == wd.encode() + b"\n", f"pwd: {r!r}")
        r = self.r.exec(["/bin/ls", "/proc/self/fd"])
        expect(r.stdout.split() == [b"0", b"1", b"2", b"3"], f"fds open in the child: {r.stdout!r}")
        r = self.r.exec(["/bin/grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        expect(r.stdout == b"SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n",
               f"signal mask / ignored set: {r.stdout!r}")
        r = self.r.sh("ulimit -n; ulimit -c; ulimit -s; ulimit -t; cat /proc/self/oom_score_adj",
                      cpu_ms=1500, stack=8 * MiB)
        expect(r.stdout.split() == [b"256", b"0", b"8192", b"3", b"1000"],
               f"nofile/core/stack/cpu/oom_score_adj: {r.stdout.split()!r}")
        r = self.r.sh("echo 12345678901 > big", cwd=wd, file_size=10, stdout_limit=8)
        expect_status(r, "SIGNALED", "RLIMIT_FSIZE: ")
        expect(r.signal == signal.SIGXFSZ, f"signal {r.signal}")
        r = self.r.sh("ulimit -v", address_space=512 * MiB)
        expect(r.stdout == b"524288\n", f"RLIMIT_AS: {r!r}")

    def t_malformed(self):
        r = self.r.raw(u32(0xDEADBEEF) + u32(PING))
        expect_status(r, "INTERNAL_ERROR", "bad magic: ")
        expect("magic" in r.message, f"message {r.message!r}")
        r = self.r.raw(b"\x01")
        expect_status(r, "INTERNAL_ERROR", "1-byte message: ")
        r = self.r.raw(b"")
        expect_status(r, "INTERNAL_ERROR", "empty message: ")
        r = self.r.request(99)
        expect_status(r, "INTERNAL_ERROR", "unknown op: ")
        full = Runner.exec_fields(["/bin/true"])
        for cut in (3, 20, 60, len(full) - 1):
            r = self.r.request(EXEC, full[:cut])
            expect_status(r, "INTERNAL_ERROR", f"EXEC cut at {cut}: ")
        r = self.r.request(EXEC, full + b"x")
        expect_status(r, "INTERNAL_ERROR", "trailing bytes: ")
        # argc claiming 2^32-1 strings must fail fast, not allocate
        bad = full[:full.index(pstr("/"))] + pstr("/") + u32(0xFFFFFFFF)
        r = self.r.request(EXEC, bad)
        expect_status(r, "INTERNAL_ERROR", "huge argc: ")
        r = self.r.exec(["/bin/true"], wall_ms=0)
        expect_status(r, "INTERNAL_ERROR", "wall_ms 0: ")
        r = self.r.exec(["bin/true"])
        expect_status(r, "INTERNAL_ERROR", "relative argv[0]: ")
        r = self.r.exec(["/bin/tr\x00ue"])
        expect_status(r, "INTERNAL_ERROR", "NUL in argv: ")
        r = self.r.request(WRITE_FILE, pstr("/x") + u32(0o644) + u64(1 << 40))
        expect_status(r, "INTERNAL_ERROR", "blob longer than message: ")
        expect_status(self.r.ping(), "OK", "PING after malformed requests: ")

    def t_grandchild(self):
        t0 = time.monotonic()
        # the second loop waits until setsid has run, so the daemon really is outside the group
        r = self.r.sh("sleep 1000 & echo $!; setsid sleep 1000 & p=$!; echo $p; "
                      "while [ \"$(cut -d' ' -f6 /proc/$p/stat)\" != $p ]; do sleep 0.01; done")
        dt = time.monotonic() - t0
        expect_status(r, "OK")
        pids = [int(x) for x in r.stdout.split()]
        expect(len(pids) == 2, f"stdout {r.stdout!r}")
        if self.in_pidns:
            expect(dt < 0.3, f"EXEC took {dt:.3f}s")
            r = self.r.sh('for d in /proc/[0-9]*; do echo "${d#/proc/} $(cat $d/comm)"; done')
            procs = [line.split(None, 1) for line in r.stdout.decode().splitlines()]
            others = [p for p in procs if p[0] != "1" and p[1] not in ("sh", "cat")]
            expect(len(procs) >= 2 and not others,
                   f"processes left in the namespace besides runner/sh/cat: {procs!r}")
            expect(["1", os.path.basename(self.opts.runner)[:15]] in procs, f"no runner as pid 1: {procs}")
            return f"{len(procs)} processes visible: {procs}"
        # Not PID 1: the process group is killed, the setsid'd one escapes (it is killed here);
        # it holds the program's stdout and stderr, which are files, so EXEC must not wait for it.
        # It was sent SIGKILL; not being PID 1, the runner cannot reap it, so allow it a moment to die.
        deadline = time.monotonic() + 1.0
        while (state := proc_state(pids[0])) not in (None, "Z", "X") and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(pids[1], signal.SIGKILL)
        expect(state in (None, "Z", "X"), f"background job in the group still alive (state {state})")
        expect(dt < 1.5, f"EXEC with an escaped daemon holding stdout took {dt:.3f}s")
        return f"escaped daemon: EXEC returned after {dt:.3f}s"

    def t_seal_reset(self):
        if not self.private_tmp:
            return "SKIP (sealed EXECs wipe /tmp; use --unshare or --private-tmp)"
        wd = os.path.join(self.root, "work")
        victim = os.path.join(self.root, "victim")
        expect_status(self.r.sh("mkdir lib", cwd=wd), "OK")
        for name in ("main", "lib/part.txt"):
            expect_status(self.r.write_file(os.path.join(wd, name), b"data"), "OK")
        expect_status(self.r.write_file(os.path.join(wd, "big"), b"b" * (300 << 10)), "OK")
        r = self.r.seal(wd)
        expect_status(r, "OK", "SEAL: ")
        expect(300 <= r.peak_rss_kib < 400, f"SEAL reports the sealed files' KiB in peak_rss_kib: {r!r}")
        sealed = tree(wd)
        expect(os.stat(os.path.join(wd, "main")).st_mode & 0o222 == 0, "a sealed file is write-protected")
        expect_status(self.r.write_file("/tmp/junk", b"junk"), "OK")
        deep = "/".join(["d"] * 100)
        script = (f"mkdir -p {deep} sub/ro lib/new && touch {deep}/f sub/ro/f lib/new/f && chmod 555 sub/ro && "
                  f"chmod 000 sub && ln -s {victim} dirlink && ln -s {victim}/file filelink && mkfifo fifo && "
                  f"cd /tmp && mkdir -p x/y/z && touch x/y/z/f .h && ln -s {victim} tlink")
        expect_status(self.r.sh(script, cwd=wd), "OK", "preparing the tree: ")
        r = self.r.reset()
        expect_status(r, "OK", "RESET: ")
        expect(not r.flags & 8, f"nothing sealed was changed: {r!r}")
        left = tree(wd)
        expect(left == sealed and "lib/part.txt" in left, f"left in {wd}: {left}, sealed {sealed}")
        expect(os.listdir(victim) == ["file"], f"symlink target dir touched: {os.listdir(victim)}")
        r = self.r.exec(["/bin/ls", "-A", "/tmp"])
        expect(r.name == "OK" and r.stdout == b"", f"/tmp after RESET: {r!r}")
        expect_status(self.r.sh("chmod u+w main && echo x >> main", cwd=wd), "OK")
        r = self.r.reset()
        expect(r.name == "OK" and r.flags & 8, f"a changed sealed file is reported: {r!r}")
        expect_status(self.r.seal("/nonexistent-dir"), "INTERNAL_ERROR", "SEAL of a missing dir: ")
        expect_status(self.r.write_file("/tmp/junk", b"junk"), "OK")
        expect_status(self.r.wipe(wd), "OK", "WIPE: ")
        expect(tree(wd) == [], f"left in {wd} after WIPE: {tree(wd)}")
        expect_status(self.r.write_file(os.path.join(wd, "kept"), b"x"), "OK")
        expect_status(self.r.reset(), "OK", "EXEC after WIPE: ")
        expect(tree(wd) == ["kept"], f"after WIPE nothing is sealed, so nothing is reset: {tree(wd)}")

    def t_rtt(self):
        n = self.opts.rtt_runs
        fields = Runner.exec_fields(["/bin/true"])
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            r = self.r.request(EXEC, fields)
            times.append(time.perf_counter() - t0)
            expect(r.name == "OK", f"/bin/true: {r!r}")
        times.sort()
        mean = sum(times) / n
        self.rtt = (f"EXEC /bin/true round trip over {n} runs: mean {mean * 1e3:.3f} ms, "
                    f"median {times[n // 2] * 1e3:.3f} ms, p99 {times[int(n * 0.99)] * 1e3:.3f} ms")
        return self.rtt


def check_truncated_exit(cmd):
    """A message cut short by EOF: the runner logs it and exits 1 (a fresh runner is used)."""
    for junk in (b"\x10\x00", u32(100) + u32(MAGIC)):
        p = subprocess.run(cmd, input=junk, capture_output=True, timeout=10)
        expect(p.returncode == 1, f"exit status {p.returncode} after {junk!r}, want 1")
        expect(b"ended inside a message" in p.stderr, f"stderr {p.stderr!r}")
        expect(p.stdout == b"", f"unexpected output {p.stdout!r}")


def proc_state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runner")
    ap.add_argument("--unshare", action="store_true")
    ap.add_argument("--private-tmp", action="store_true")
    ap.add_argument("--uid", type=int)
    ap.add_argument("--rtt-runs", type=int, default=500)
    opts = ap.parse_args()
    opts.runner = os.path.abspath(opts.runner)

    if (opts.unshare or opts.private_tmp) and (opts.runner + "/").startswith("/tmp/"):
        ap.error("the runner binary must not live under /tmp: a private tmpfs is mounted there")
    cmd = [opts.runner]
    if opts.uid is not None:
        cmd = ["setpriv", f"--reuid={opts.uid}", f"--regid={opts.uid}", "--clear-groups", "--"] + cmd
    if opts.unshare or opts.private_tmp:
        # A sealed EXEC empties /tmp and /dev/shm, as in a container: never the host's.
        mount_tmp = ('mount -t tmpfs -o mode=1777 judge-tmp /tmp && '
                     'mount -t tmpfs -o mode=1777 judge-shm /dev/shm && exec "$@"')
        ns = ["--pid", "--fork", "--mount-proc"] if opts.unshare else ["--mount"]
        cmd = ["unshare", *ns, "--propagation", "private", "--", "sh", "-c", mount_tmp, "sh"] + cmd

    # Test files live next to this script: a private /tmp is invisible to the driver.
    root = tempfile.mkdtemp(prefix=".test-", dir=os.path.dirname(os.path.abspath(__file__)))
    for d, mode in ((root, 0o755), (os.path.join(root, "work"), 0o777), (os.path.join(root, "victim"), 0o777)):
        os.makedirs(d, exist_ok=True)
        os.chmod(d, mode)
    with open(os.path.join(root, "victim", "file"), "w") as f:
        f.write("victim")

    mode = ("PID 1 in a new PID namespace" if opts.unshare else "not PID 1") + \
        (", private /tmp" if opts.unshare or opts.private_tmp else "") + \
        (f", uid {opts.uid}" if opts.uid is not None else "")
    print(f"runner: {opts.runner} ({mode})\ncommand: {' '.join(cmd)}", flush=True)
    log = tempfile.TemporaryFile()
    runner = Runner(cmd, log)
    s = Suite(runner, opts, root, lambda: Runner(cmd, log))
    s.rtt = None
    try:
        for name in ["ping", "write_then_cat", "add", "exit3", "segv", "cpu", "wall", "wall_waits_for_cpu", "starved", "yes",
                     "stdout_exact", "stderr_flood", "stdio_files", "stdio_paths", "batch", "prestart", "piped", "piped_wrong_answer", "piped_idle",
                     "piped_no_peer", "piped_malformed", "ended_ns", "killed_wall_time", "wc32", "cat64", "memory", "missing",
                     "child_env", "malformed", "grandchild", "seal_reset", "rtt"]:
            s.run(name, getattr(s, "t_" + name))
            if runner.proc.poll() is not None:
                s.results.append(("runner still alive", "FAIL"))
                print(f"[FAIL] runner exited with {runner.proc.returncode}; stopping")
                break
        else:
            rc, rest = runner.close()
            ok = rc == 0 and rest == b""
            s.results.append(("clean exit on EOF", "PASS" if ok else "FAIL"))
            print(f"[{'PASS' if ok else 'FAIL'}] runner exit status on stdin EOF: {rc}, extra output {rest!r}")
            s.run("truncated message -> exit 1", lambda: check_truncated_exit(cmd))
    finally:
        if s.peer_runner and s.peer_runner.proc.poll() is None:
            try:
                s.peer_runner.close()  # stdin's end: it exits, and its PID namespace with it
            except Exception:  # noqa: BLE001 - killed below
                pass
        for p in (runner, s.peer_runner):
            if p and p.proc.poll() is None:
                p.proc.kill()
                p.proc.wait()
        shutil.rmtree(root, ignore_errors=True)

    counts = {k: sum(1 for _, st in s.results if st == k) for k in ("PASS", "FAIL", "SKIP")}
    if s.rtt:
        print(s.rtt)
    failed = [n for n, st in s.results if st == "FAIL"]
    log.seek(0)
    lines = log.read().decode(errors="replace").splitlines()
    print(f"runner stderr: {len(lines)} lines (INTERNAL_ERROR replies are logged)")
    if failed:
        print("\n".join("  | " + line for line in lines[-40:]))
    print(f"SUMMARY ({mode}): {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
