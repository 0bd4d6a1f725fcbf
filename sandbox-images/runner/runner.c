/*
 * judge-runner: the resident process of a sandbox container (see PROTOCOL.md).
 *
 * Serves one request at a time: a u32 length-prefixed message on stdin, the reply on stdout,
 * diagnostics on stderr. Single-threaded; exits 0 when stdin ends at a message boundary.
 *
 * Build: gcc -O2 -static -Wall -Wextra -o judge-runner runner.c (syscall_filter.h beside it)
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "syscall_filter.h"

#define MAGIC 0x314E524Au

enum {
	OP_PING = 1, OP_WRITE_FILE = 2, OP_EXEC = 3, OP_SEAL = 4, OP_WIPE = 5, OP_EXEC_BATCH = 6, OP_CANCEL = 7,
	OP_PRESTART = 8, OP_EXEC_PRESTARTED = 9, OP_EXEC_PIPED = 10
};
enum {
	ST_OK, ST_NONZERO_EXIT, ST_SIGNALED, ST_CPU_TIME_LIMIT, ST_WALL_TIME_LIMIT,
	ST_MEMORY_LIMIT, ST_OUTPUT_LIMIT, ST_INTERNAL_ERROR, ST_NOT_RUN
};
#define FLAG_STDOUT_TRUNCATED 1u
#define FLAG_STDERR_TRUNCATED 2u
#define FLAG_OOM_KILL 4u
#define FLAG_SEALED_CHANGED 8u
#define FLAG_PRESTARTED 16u
#define FLAG_STARVED 32u
#define BATCH_STOP_AFTER_FAILED_RUN 1u
#define BATCH_MAX_ITEMS 4096u

/* A cap of 0 means "no limit"; this still bounds each blob so a reply stays below 4 GiB. */
#define HARD_OUTPUT_CAP (1ull << 30)
#define TICK_NS 10000000ull            /* limit checks while the child runs */
#define CLEAN_MAX_DEPTH 32             /* deeper directories are moved up, bounding open fds */
#define CLEAN_MAX_PASSES 100000
#define SEAL_MAX_ENTRIES 65536
/*
 * The wall clock counts only time the program could have run: its limit is extended by the run's wait for a CPU
 * (its run delay), up to WALL_STRETCH_MAX times the limit in all. A run stopped there was starved, not slow: it is
 * run again, at most RUNS_MAX times in all (PROTOCOL.md).
 */
#define WALL_STRETCH_MAX 10u
#define RUNS_MAX 3u

static int sigchld_pipe[2] = { -1, -1 };
static bool is_init;
static bool batch_running;  /* an EXEC_BATCH is running: a run also ends when CANCEL arrives */
static bool batch_cancelled;  /* ... and it has */
static bool cancel_arrived(int timeout_ms);
static sigset_t ignored_signals;  /* SIG_IGN in the runner: reset in each child (execve resets handled ones) */
static long clk_tck = 100;
static uint8_t scratch[1 << 16];
/*
 * JUDGE_RUNNER_CPU=cgroup (the worker's containers): a run's CPU time is its container cgroup's usage less the
 * runner's own, so a child the program never waits for, whose time wait4 and /proc/PID/stat never see, counts too.
 */
static int cgroup_cpu_fd = -1;
static bool cgroup_cpu_v2;  /* cpu.stat's usage_usec; else cpuacct.usage, in ns */

/* ---------------------------------------------------------------- I/O helpers */

static void die(const char *what)
{
	fprintf(stderr, "judge-runner: %s\n", what);
	exit(1);
}

/* Reads exactly n bytes unless EOF comes first; returns bytes read, or -1 on error. */
static ssize_t read_full(int fd, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);
		if (r > 0)
			got += (size_t)r;
		else if (r == 0)
			break;
		else if (errno != EINTR)
			return -1;
	}
	return (ssize_t)got;
}

static int write_full(int fd, const void *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf = (const char *)buf + w;
		n -= (size_t)w;
	}
	return 0;
}

static int writev_full(int fd, struct iovec *iov, int cnt)
{
	while (cnt > 0) {
		ssize_t w = writev(fd, iov, cnt);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		while (cnt > 0 && (size_t)w >= iov->iov_len) {
			w -= (ssize_t)iov->iov_len;
			iov++;
			cnt--;
		}
		if (cnt > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	return 0;
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void put_le(uint8_t *p, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* ---------------------------------------------------------------- request parsing */

struct cursor {
	const uint8_t *p;
	size_t left;
	bool bad;
};

struct span {
	const uint8_t *p;
	size_t n;
};

static const uint8_t *take(struct cursor *c, uint64_t n)
{
	if (c->bad || n > c->left) {
		c->bad = true;
		return NULL;
	}
	const uint8_t *p = c->p;
	c->p += n;
	c->left -= n;
	return p;
}

static uint64_t get_le(struct cursor *c, int bytes)
{
	const uint8_t *p = take(c, (uint64_t)bytes);
	uint64_t v = 0;
	for (int i = 0; p && i < bytes; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

static uint32_t get_u32(struct cursor *c) { return (uint32_t)get_le(c, 4); }
static uint64_t get_u64(struct cursor *c) { return get_le(c, 8); }

static struct span get_str(struct cursor *c)
{
	uint32_t n = get_u32(c);
	const uint8_t *p = take(c, n);
	return (struct span){ p, p ? n : 0 };
}

static struct span get_blob(struct cursor *c)
{
	uint64_t n = get_u64(c);
	const uint8_t *p = take(c, n);
	return (struct span){ p, p ? (size_t)n : 0 };
}

/* A NUL-terminated copy, or NULL if the string holds a NUL byte (or memory is short). */
static char *span_cstr(struct span s)
{
	if (memchr(s.p, 0, s.n))
		return NULL;
	char *r = malloc(s.n + 1);
	if (r) {
		memcpy(r, s.p, s.n);
		r[s.n] = 0;
	}
	return r;
}

/* ---------------------------------------------------------------- replies */

struct reply {
	uint32_t status;
	int32_t exit_code, signal;
	uint64_t cpu_us, wall_us, peak_rss_kib;
	uint32_t flags;
	uint64_t wait_us;  /* the run's wait for a CPU (run delay) */
	uint32_t runs;     /* times the program was run for this reply: 1, or more when starved runs were repeated */
	uint64_t ended_ns; /* CLOCK_MONOTONIC when the run ended (where wall_us ends), 0 when nothing ran */
	uint8_t *out, *err;  /* owned, freed after sending */
	size_t out_len, err_len;
	char msg[1024];
};

static void fail(struct reply *rep, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	rep->status = ST_INTERNAL_ERROR;
	vsnprintf(rep->msg, sizeof rep->msg, fmt, ap);
	va_end(ap);
}

static void send_reply(const struct reply *r)
{
	uint8_t head[4 + 44 + 8], mid[8], tail[4], extra[20];
	size_t msg_len = strlen(r->msg);
	uint64_t body = 44 + 8 + r->out_len + 8 + r->err_len + 4 + msg_len + sizeof extra;

	put_le(head, (uint32_t)body, 4);
	put_le(head + 4, MAGIC, 4);
	put_le(head + 8, r->status, 4);
	put_le(head + 12, (uint32_t)r->exit_code, 4);
	put_le(head + 16, (uint32_t)r->signal, 4);
	put_le(head + 20, r->cpu_us, 8);
	put_le(head + 28, r->wall_us, 8);
	put_le(head + 36, r->peak_rss_kib, 8);
	put_le(head + 44, r->flags, 4);
	put_le(head + 48, r->out_len, 8);
	put_le(mid, r->err_len, 8);
	put_le(tail, (uint32_t)msg_len, 4);
	put_le(extra, r->wait_us, 8);
	put_le(extra + 8, r->runs, 4);
	put_le(extra + 12, r->ended_ns, 8);

	struct iovec iov[] = {
		{ head, sizeof head }, { r->out, r->out_len }, { mid, sizeof mid },
		{ r->err, r->err_len }, { tail, sizeof tail }, { (void *)r->msg, msg_len }, { extra, sizeof extra },
	};
	if (writev_full(STDOUT_FILENO, iov, 7) != 0) {
		fprintf(stderr, "judge-runner: writing reply: %s\n", strerror(errno));
		exit(1);
	}
}

/* ---------------------------------------------------------------- WRITE_FILE */

static void do_write_file(struct cursor *c, struct reply *rep)
{
	struct span path = get_str(c);
	uint32_t mode = get_u32(c) & 07777;
	struct span data = get_blob(c);
	if (c->bad || c->left) {
		fail(rep, "malformed WRITE_FILE request");
		return;
	}
	char *p = span_cstr(path);
	if (!p || p[0] != '/') {
		fail(rep, "WRITE_FILE: path must be absolute and free of NUL bytes");
		free(p);
		return;
	}
	/* O_NOFOLLOW: never write through a symlink planted by a program; O_NONBLOCK: never hang on a FIFO. */
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode);
	struct stat st;
	if (fd < 0)
		fail(rep, "open %s: %s", p, strerror(errno));
	else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		fail(rep, "open %s: not a regular file", p);
	else if (fchmod(fd, mode) != 0 || write_full(fd, data.p, data.n) != 0)
		fail(rep, "write %s: %s", p, strerror(errno));
	if (fd >= 0 && close(fd) != 0 && rep->status == ST_OK)
		fail(rep, "close %s: %s", p, strerror(errno));
	free(p);
}

/* ---------------------------------------------------------------- SEAL and WIPE; the reset after each run */

/*
 * SEAL records what the work dir holds after compiling (by inode and ctime) and write-protects its
 * files; after each EXEC from then on, the runner removes whatever is not sealed, empties /tmp and
 * /dev/shm, and reports a sealed entry that was changed or removed. WIPE forgets the seal and empties
 * everything, for the next submission. A program can chmod its files back and write them, but a
 * write or chmod always moves ctime, which it cannot set back.
 */
struct sealed_entry {
	dev_t dev;
	ino_t ino;
	mode_t type;
	struct timespec ctime;
};

static struct {
	char *dir;
	struct sealed_entry *v;
	size_t n;
	uint64_t bytes;  /* total size of the sealed regular files */
} seal;

struct clean {
	int topfd;
	unsigned serial;
	size_t found;  /* sealed entries seen */
	bool changed;  /* a sealed entry was modified or replaced */
	char err[512]; /* first error, if any */
};

static void clean_note(struct clean *cl, const char *what, const char *name)
{
	if (!cl->err[0])
		snprintf(cl->err, sizeof cl->err, "%s %s: %s", what, name, strerror(errno));
}

static const struct sealed_entry *find_sealed(const struct stat *st)
{
	for (size_t i = 0; i < seal.n; i++)
		if (seal.v[i].ino == st->st_ino && seal.v[i].dev == st->st_dev &&
		    seal.v[i].type == (st->st_mode & S_IFMT))
			return &seal.v[i];
	return NULL;
}

/* The names in a directory, read in full before anything in it is removed or renamed. */
static char **list_dir(DIR *d, size_t *count)
{
	size_t n = 0, cap = 16;
	char **names = malloc(cap * sizeof *names);
	struct dirent *e;
	rewinddir(d);  /* the fd may be a dup whose offset an earlier pass moved */
	while (names && (e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			char **more = realloc(names, (cap *= 2) * sizeof *names);
			if (!more)
				break;
			names = more;
		}
		if (!(names[n] = strdup(e->d_name)))
			break;
		n++;
	}
	*count = n;
	return names;
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static bool remove_entry(struct clean *cl, int dfd, const char *name, unsigned char type, int depth);

/* A directory stream over fd (consumed), or NULL with the error noted. */
static DIR *dir_stream(struct clean *cl, int fd)
{
	DIR *d = fdopendir(fd);
	if (!d) {
		clean_note(cl, "opendir", "");
		close(fd);
	}
	return d;
}

/* Opens a subdirectory without following a symlink, making it readable first if it is not. */
static int open_subdir(int dfd, const char *name)
{
	int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == EACCES && fchmodat(dfd, name, 0700, 0) == 0)
		fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	return fd;
}

/* Empties the directory open as fd (consumed). */
static void empty_dir(struct clean *cl, int fd, int depth)
{
	DIR *d = dir_stream(cl, fd);
	if (!d)
		return;
	/* Rescan until a pass removes nothing: entries moved up from deeper levels may be missed. */
	bool progress = true;
	for (int pass = 0; progress && pass < CLEAN_MAX_PASSES; pass++) {
		progress = false;
		rewinddir(d);
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			if (remove_entry(cl, dirfd(d), e->d_name, e->d_type, depth))
				progress = true;
		}
	}
	closedir(d);
}

static bool move_to_top(struct clean *cl, int dfd, const char *name)
{
	char tmp[64];
	for (int tries = 0; tries < 1000; tries++) {
		snprintf(tmp, sizeof tmp, ".judge-runner-clean.%u", cl->serial++);
		if (renameat2(dfd, name, cl->topfd, tmp, RENAME_NOREPLACE) == 0)
			return true;
		if (errno != EEXIST)
			break;
	}
	clean_note(cl, "rename", name);
	return false;
}

/* Removes one entry without ever following a symlink; returns true if something was removed or moved. */
static bool remove_entry(struct clean *cl, int dfd, const char *name, unsigned char type, int depth)
{
	if (type == DT_UNKNOWN) {
		struct stat st;
		if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno != ENOENT)
				clean_note(cl, "stat", name);
			return false;
		}
		type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
	}
	if (type != DT_DIR) {
		if (unlinkat(dfd, name, 0) == 0)
			return true;
		if (errno == EACCES && fchmod(dfd, 0700) == 0 && unlinkat(dfd, name, 0) == 0)
			return true;
		if (errno != ENOENT)
			clean_note(cl, "unlink", name);
		return false;
	}
	if (depth + 1 >= CLEAN_MAX_DEPTH)
		return move_to_top(cl, dfd, name);

	int fd = open_subdir(dfd, name);
	if (fd < 0) {
		if (errno != ENOENT)
			clean_note(cl, "open", name);
		return false;
	}
	(void)fchmod(fd, 0700);  /* entries of a read-only directory cannot be unlinked */
	empty_dir(cl, fd, depth + 1);
	if (unlinkat(dfd, name, AT_REMOVEDIR) == 0)
		return true;
	if (errno == EACCES && fchmod(dfd, 0700) == 0 && unlinkat(dfd, name, AT_REMOVEDIR) == 0)
		return true;
	if (errno != ENOENT)
		clean_note(cl, "rmdir", name);
	return false;
}

static bool seal_add(const struct stat *st)
{
	if (seal.n == SEAL_MAX_ENTRIES)
		return false;
	seal.v[seal.n++] = (struct sealed_entry){ st->st_dev, st->st_ino, st->st_mode & S_IFMT, st->st_ctim };
	if (S_ISREG(st->st_mode))
		seal.bytes += (uint64_t)st->st_size;
	return true;
}

/* Records (and write-protects) everything under the directory open as fd (consumed). */
static void seal_dir(struct clean *cl, int fd, int depth)
{
	DIR *d = dir_stream(cl, fd);
	if (!d)
		return;
	size_t n;
	char **names = list_dir(d, &n);
	for (size_t i = 0; names && i < n && !cl->err[0]; i++) {
		struct stat st;
		if (fstatat(dirfd(d), names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) {
			clean_note(cl, "stat", names[i]);
			break;
		}
		if (S_ISREG(st.st_mode) && (st.st_mode & 0222) &&
		    (fchmodat(dirfd(d), names[i], st.st_mode & 07555, 0) != 0 ||
		     fstatat(dirfd(d), names[i], &st, AT_SYMLINK_NOFOLLOW) != 0)) {
			clean_note(cl, "chmod", names[i]);
			break;
		}
		if (!seal_add(&st)) {
			errno = E2BIG;
			clean_note(cl, "seal", names[i]);
			break;
		}
		if (S_ISDIR(st.st_mode)) {
			int sub = depth + 1 < CLEAN_MAX_DEPTH
				? openat(dirfd(d), names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;
			if (sub < 0) {
				clean_note(cl, "open", names[i]);
				break;
			}
			seal_dir(cl, sub, depth + 1);
		}
	}
	free_names(names, n);
	closedir(d);
}

/* Removes what SEAL did not record under the directory open as fd (consumed), and checks the rest. */
static void reset_dir(struct clean *cl, int fd, int depth)
{
	DIR *d = dir_stream(cl, fd);
	if (!d)
		return;
	size_t n;
	char **names = list_dir(d, &n);
	for (size_t i = 0; names && i < n; i++) {
		struct stat st;
		if (fstatat(dirfd(d), names[i], &st, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno != ENOENT)
				clean_note(cl, "stat", names[i]);
			continue;
		}
		const struct sealed_entry *s = find_sealed(&st);
		if (!s) {
			remove_entry(cl, dirfd(d), names[i], S_ISDIR(st.st_mode) ? DT_DIR : DT_REG, depth);
			continue;
		}
		cl->found++;
		if (S_ISDIR(st.st_mode)) {
			int sub = open_subdir(dirfd(d), names[i]);
			if (sub < 0)
				clean_note(cl, "open", names[i]);
			else
				reset_dir(cl, sub, depth + 1);
		} else if (st.st_ctim.tv_sec != s->ctime.tv_sec || st.st_ctim.tv_nsec != s->ctime.tv_nsec) {
			cl->changed = true;
		}
	}
	free_names(names, n);
	closedir(d);
}

static int open_dir(const char *path)
{
	return open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

static void do_seal(struct cursor *c, struct reply *rep)
{
	struct span dir = get_str(c);
	char *path = c->bad || c->left ? NULL : span_cstr(dir);
	int fd = path && path[0] == '/' ? open_dir(path) : -1;
	if (!path || path[0] != '/') {
		fail(rep, "malformed SEAL request (dir must be an absolute path)");
		free(path);
		return;
	}
	if (fd < 0) {
		fail(rep, "seal %s: %s", path, strerror(errno));
		free(path);
		return;
	}
	free(seal.dir);
	seal.dir = path;
	seal.n = 0;
	seal.bytes = 0;
	if (!seal.v && !(seal.v = malloc(SEAL_MAX_ENTRIES * sizeof *seal.v))) {
		close(fd);
		fail(rep, "SEAL: out of memory");
		return;
	}
	struct clean cl = { .topfd = fd };
	seal_dir(&cl, dup(fd), 0);
	close(fd);
	if (cl.err[0]) {
		seal.n = 0;
		fail(rep, "seal %s: %s", path, cl.err);
	} else {
		rep->peak_rss_kib = (seal.bytes + 1023) / 1024;  /* what the compiled files occupy in the tmpfs */
		snprintf(rep->msg, sizeof rep->msg, "sealed %zu entries", seal.n);
	}
}

/* Empties /tmp and /dev/shm; the first error goes into cl->err unless it holds one already. */
static void empty_scratch_dirs(struct clean *cl)
{
	static const char *const scratch_dirs[] = { "/tmp", "/dev/shm" };
	for (size_t i = 0; i < sizeof scratch_dirs / sizeof *scratch_dirs; i++) {
		int fd = open_dir(scratch_dirs[i]);
		if (fd < 0)
			continue;
		struct clean tcl = { .topfd = fd };
		empty_dir(&tcl, dup(fd), 0);
		close(fd);
		if (tcl.err[0] && !cl->err[0])
			memcpy(cl->err, tcl.err, sizeof cl->err);
	}
}

/* Empties dir, /tmp and /dev/shm and forgets the seal: the container is as new for another submission. */
static void do_wipe(struct cursor *c, struct reply *rep)
{
	struct span dir = get_str(c);
	char *path = c->bad || c->left ? NULL : span_cstr(dir);
	if (!path || path[0] != '/') {
		fail(rep, "malformed WIPE request (dir must be an absolute path)");
		free(path);
		return;
	}
	free(seal.dir);
	seal.dir = NULL;
	seal.n = 0;
	int fd = open_dir(path);
	struct clean cl = { .topfd = fd };
	if (fd < 0)
		clean_note(&cl, "open", path);
	else {
		empty_dir(&cl, dup(fd), 0);
		close(fd);
	}
	empty_scratch_dirs(&cl);
	if (cl.err[0])
		fail(rep, "wipe %s: %s", path, cl.err);
	free(path);
}

/* After a run, once sealed: the work dir back to its sealed state, /tmp and /dev/shm empty. */
static void reset_sealed(struct reply *rep)
{
	int fd = open_dir(seal.dir);
	if (fd < 0) {
		fail(rep, "reset %s: %s", seal.dir, strerror(errno));
		return;
	}
	struct clean cl = { .topfd = fd };
	unsigned moved;
	do {  /* deep trees are moved up to the top in pieces; repeat until nothing moves */
		moved = cl.serial;
		cl.found = 0;
		reset_dir(&cl, dup(fd), 0);
	} while (cl.serial != moved && !cl.err[0]);
	close(fd);
	empty_scratch_dirs(&cl);
	if (cl.err[0]) {
		fail(rep, "reset %s: %s", seal.dir, cl.err);
		return;
	}
	if (cl.changed || cl.found != seal.n) {
		rep->flags |= FLAG_SEALED_CHANGED;
		if (!rep->msg[0])
			snprintf(rep->msg, sizeof rep->msg, "sealed files were changed or removed (%zu of %zu left)",
				 cl.found, seal.n);
	}
}

/* ---------------------------------------------------------------- EXEC: request */

struct exec_req {
	uint32_t cpu_ms, wall_ms;
	uint64_t memory, address_space, stack, stdout_limit, stderr_limit, file_size;
	char *cwd;
	char **argv, **envp;
	char *stdin_path, *stdout_path;  /* NULL: stdin from the blob, stdout into the reply */
	struct span in;  /* points into the request body */
	bool piped;         /* EXEC_PIPED: stdin_path and stdout_path are FIFOs, opened by the child */
	bool stdout_first;  /* ... stdout_path opened before stdin_path */
};

static void free_exec_req(struct exec_req *rq)
{
	for (char **v = rq->argv; v && *v; v++)
		free(*v);
	for (char **v = rq->envp; v && *v; v++)
		free(*v);
	free(rq->argv);
	free(rq->envp);
	free(rq->cwd);
	free(rq->stdin_path);
	free(rq->stdout_path);
}

/* An optional absolute path: empty gives NULL; false on a defect (relative, NUL byte). */
static bool get_path(struct cursor *c, char **out)
{
	struct span s = get_str(c);
	*out = NULL;
	if (c->bad)
		return false;
	if (s.n == 0)
		return true;
	return (*out = span_cstr(s)) && (*out)[0] == '/';
}

/* Reads count x str into a NULL-terminated, NUL-free string vector; false on any defect. */
static bool get_strv(struct cursor *c, char ***out)
{
	uint32_t n = get_u32(c);
	if (c->bad || n > c->left / 4)
		return false;
	char **v = calloc((size_t)n + 1, sizeof *v);
	if (!(*out = v))
		return false;
	for (uint32_t i = 0; i < n; i++) {
		struct span s = get_str(c);
		if (c->bad || !(v[i] = span_cstr(s)))
			return false;
	}
	return true;
}

/* The fields EXEC and EXEC_BATCH share: limits, cwd, argv, envp. */
static bool parse_run_fields(struct cursor *c, struct exec_req *rq, struct reply *rep, const char *op)
{
	rq->cpu_ms = get_u32(c);
	rq->wall_ms = get_u32(c);
	rq->memory = get_u64(c);
	rq->address_space = get_u64(c);
	rq->stack = get_u64(c);
	rq->stdout_limit = get_u64(c);
	rq->stderr_limit = get_u64(c);
	rq->file_size = get_u64(c);
	struct span cwd = get_str(c);
	if (c->bad || !(rq->cwd = span_cstr(cwd)) || !get_strv(c, &rq->argv) || !get_strv(c, &rq->envp)) {
		fail(rep, "malformed %s request (truncated field or NUL byte in a string)", op);
		return false;
	}
	if (rq->wall_ms == 0)
		fail(rep, "%s: wall_time_ms must be > 0", op);
	else if (!rq->argv[0] || rq->argv[0][0] != '/')
		fail(rep, "%s: argv[0] must be an absolute path", op);
	return rep->status == ST_OK;
}

/* EXEC's fields (op names the request in messages). */
static bool parse_exec(struct cursor *c, struct exec_req *rq, struct reply *rep, const char *op)
{
	if (!parse_run_fields(c, rq, rep, op))
		return false;
	if (!get_path(c, &rq->stdin_path) || !get_path(c, &rq->stdout_path)) {
		fail(rep, "malformed %s request (stdin_path and stdout_path must be empty or absolute)", op);
		return false;
	}
	rq->in = get_blob(c);
	if (c->bad || c->left)
		fail(rep, "malformed %s request (%s)", op, c->bad ? "truncated stdin" : "trailing bytes");
	else if (rq->stdin_path && rq->in.n)
		fail(rep, "%s: stdin comes from stdin_path or from the blob, not both", op);
	return rep->status == ST_OK;
}

/* ---------------------------------------------------------------- EXEC: child */

/*
 * What the child sends through the close-on-exec pipe before execve: a failure (then it exits), or, for EXEC_PIPED,
 * STAGE_OPENED after each FIFO it opened (err = how many), so a parent that gives up knows which open was blocked.
 */
struct child_err {
	int stage;  /* index into stage_names */
	int err;    /* errno; 0 for "not a FIFO" */
};
static const char *const stage_names[] = { "setup", "chdir", "setrlimit", "open stdin", "open stdout", "exec", "opened" };
enum { STAGE_SETUP, STAGE_CHDIR, STAGE_RLIMIT, STAGE_STDIN, STAGE_STDOUT, STAGE_EXEC, STAGE_OPENED };

static _Noreturn void child_fail(int ep, int stage)
{
	struct child_err ce = { stage, errno };
	(void)write_full(ep, &ce, sizeof ce);
	_exit(127);
}

/* EXEC_PIPED: whether the i-th FIFO opened (0 or 1) is stdout_path; the other is stdin_path. */
static bool fifo_is_stdout(const struct exec_req *rq, int i)
{
	return (i == 0) == rq->stdout_first;
}

static const char *fifo_path(const struct exec_req *rq, int i)
{
	return fifo_is_stdout(rq, i) ? rq->stdout_path : rq->stdin_path;
}

/*
 * EXEC_PIPED: opens the FIFOs in the request's order. Each open blocks until the peer (the other container's program)
 * opens the other end, so the candidate (stdin first) and the interactor (stdout first) meet without a deadlock, and
 * once both opens return each program has a live peer on both pipes.
 */
static void open_fifos(const struct exec_req *rq, int *infd, int *outfd, int ep)
{
	for (int i = 0; i < 2; i++) {
		bool out = fifo_is_stdout(rq, i);
		int fd = open(fifo_path(rq, i), (out ? O_WRONLY : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC);
		struct stat st;
		if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))) {
			errno = 0;  /* reported as "not a FIFO" */
			fd = -1;
		}
		if (fd < 0)
			child_fail(ep, out ? STAGE_STDOUT : STAGE_STDIN);
		*(out ? outfd : infd) = fd;
		struct child_err progress = { STAGE_OPENED, i + 1 };
		(void)write_full(ep, &progress, sizeof progress);
	}
}

/* Sets soft and hard limits; if the hard limit cannot be raised (unprivileged), settles for it. */
static int set_limit(int res, rlim_t soft, rlim_t hard)
{
	struct rlimit rl = { soft, hard };
	if (setrlimit(res, &rl) == 0)
		return 0;
	if (errno != EPERM || getrlimit(res, &rl) != 0)
		return -1;
	rlim_t max = rl.rlim_max;
	rl.rlim_cur = soft < max ? soft : max;
	rl.rlim_max = hard < max ? hard : max;
	return setrlimit(res, &rl);
}

static int set_limits(const struct exec_req *rq)
{
	rlim_t cpu = RLIM_INFINITY;
	if (rq->cpu_ms)  /* backstop only: the runner enforces the exact limit */
		cpu = (rq->cpu_ms + 999u) / 1000u + 1u;
#define LIM(v) ((v) ? (rlim_t)(v) : RLIM_INFINITY)
	return set_limit(RLIMIT_CPU, cpu, cpu == RLIM_INFINITY ? cpu : cpu + 1) |
	       set_limit(RLIMIT_AS, LIM(rq->address_space), LIM(rq->address_space)) |
	       set_limit(RLIMIT_STACK, LIM(rq->stack), LIM(rq->stack)) |
	       set_limit(RLIMIT_FSIZE, LIM(rq->file_size), LIM(rq->file_size)) |
	       set_limit(RLIMIT_CORE, 0, 0) |
	       set_limit(RLIMIT_NOFILE, 256, 256);
#undef LIM
}

static void close_fds_except(int keep)
{
	if ((keep <= 3 || close_range(3, (unsigned)keep - 1, 0) == 0) &&
	    close_range((unsigned)keep + 1, ~0u, 0) == 0)
		return;
	struct rlimit rl;  /* no close_range: close one by one */
	long max = getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 65536 ? (long)rl.rlim_cur : 65536;
	for (long fd = 3; fd < max; fd++)
		if (fd != keep)
			close((int)fd);
}

static _Noreturn void child_exec(const struct exec_req *rq, int infd, int outfd, int errfd, int ep)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	for (int s = 1; s < NSIG; s++)
		if (sigismember(&ignored_signals, s) == 1)
			(void)sigaction(s, &sa, NULL);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);

	if (setpgid(0, 0) != 0)
		child_fail(ep, STAGE_SETUP);
	if (rq->piped)
		open_fifos(rq, &infd, &outfd, ep);
	if (dup2(infd, 0) < 0 || dup2(outfd, 1) < 0 || dup2(errfd, 2) < 0)
		child_fail(ep, STAGE_SETUP);
	close_fds_except(ep);
	if (chdir(rq->cwd) != 0)
		child_fail(ep, STAGE_CHDIR);
	if (set_limits(rq) != 0)
		child_fail(ep, STAGE_RLIMIT);
	/* Non-dumpable (inherited) would make our /proc files root-owned and oom_score_adj unwritable. */
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
	int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
	if (fd >= 0) {
		(void)write_full(fd, "1000", 4);
		close(fd);
	}
	execve(rq->argv[0], rq->argv, rq->envp);
	child_fail(ep, STAGE_EXEC);
}

/* ---------------------------------------------------------------- EXEC: supervision */

/*
 * The program's stdout and stderr are files, never pipes: a runtime that writes asynchronously to a
 * pipe (Node) would lose what is still queued when it exits. stdout is the host's file at stdout_path
 * or a memfd, stderr always a memfd. RLIMIT_FSIZE bounds how far either can grow between two checks.
 */
struct output {
	int fd;
	uint64_t cap;    /* bytes reported at most */
	uint64_t flood;  /* more than this (0 = no bound) is OUTPUT_LIMIT and ends the run */
	uint64_t size;   /* at the last check */
	bool truncated, flooded;
};

struct run {
	const struct exec_req *rq;
	pid_t pid;
	struct output out, err;
	bool reaped, killed;
	int reason;  /* ST_CPU_TIME_LIMIT or ST_WALL_TIME_LIMIT if the runner killed for it */
	int wstatus;
	struct rusage ru;
	uint64_t t_start, t_end, t_killed;  /* t_killed: the first kill, 0 if none */
	uint64_t cpu_base_us;  /* CPU time a prestarted program used before it was handed its request */
	uint64_t wait_ns, wait_base_ns;  /* the run's wait for a CPU so far; what a prestarted program had waited before */
	bool starved;  /* stopped at the wall clock's furthest extension */
	const char *failure;  /* internal failure during the run */
};

/* Kills everything the run started; as PID 1 that is every other process in the namespace. */
static void kill_run(struct run *r)
{
	if (!r->killed)
		r->t_killed = now_ns();
	r->killed = true;
	killpg(r->pid, SIGKILL);
	if (is_init && getpid() == 1)
		kill(-1, SIGKILL);
}

/* Notes the file's size; past its flood bound the run is killed. */
static void check_output(struct run *r, struct output *o)
{
	struct stat st;
	if (fstat(o->fd, &st) != 0)
		return;
	o->size = (uint64_t)st.st_size;
	o->truncated = o->size > o->cap;
	if (o->flood && o->size > o->flood && !o->flooded) {
		o->flooded = true;
		if (!r->reaped)
			kill_run(r);
	}
}

/* The container cgroup's CPU usage less the runner's own, in microseconds. */
static uint64_t cgroup_cpu_us(void)
{
	char buf[512];
	ssize_t n = pread(cgroup_cpu_fd, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	uint64_t usage;
	if (cgroup_cpu_v2) {
		char *p = strstr(buf, "usage_usec ");
		usage = p ? strtoull(p + 11, NULL, 10) : 0;
	} else
		usage = strtoull(buf, NULL, 10) / 1000ull;
	struct timespec self;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &self);
	uint64_t own = (uint64_t)self.tv_sec * 1000000ull + (uint64_t)self.tv_nsec / 1000ull;
	return usage > own ? usage - own : 0;
}

/* utime + stime + cutime + cstime from /proc/PID/stat, in microseconds (0 if unreadable). */
static uint64_t proc_cpu_us(pid_t pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read_full(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	char *p = strrchr(buf, ')');  /* comm may contain spaces and parentheses */
	if (!p)
		return 0;
	p++;
	for (int field = 3; field <= 13; field++) {  /* skip state .. cmajflt */
		p = strchr(p + 1, ' ');
		if (!p)
			return 0;
	}
	uint64_t ticks = 0;
	for (int i = 0; i < 4; i++)
		ticks += strtoull(p, &p, 10);
	return ticks * 1000000ull / (uint64_t)clk_tck;
}

/* CPU time the run's program used so far, in microseconds, counted from r->cpu_base_us. */
static uint64_t run_cpu_us(const struct run *r)
{
	uint64_t now = cgroup_cpu_fd >= 0 ? cgroup_cpu_us() : proc_cpu_us(r->pid);
	return now > r->cpu_base_us ? now - r->cpu_base_us : 0;
}

/* Reads /proc/PID/task/TID/NAME (NAME a file of a thread) into buf; false if the thread is gone. */
static bool read_thread_file(int dfd, const char *tid, const char *name, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof path, "%.32s/%s", tid, name);
	int fd = openat(dfd, path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = 0;
	return true;
}

/*
 * One pass over the process's threads: the longest run delay (time runnable but waiting for a CPU,
 * /proc/PID/task/TID/schedstat), in ns, 0 if unreadable; and with runnable given, whether a thread is running or
 * waiting for a CPU (state R in its stat). The longest, not the sum: threads waiting at once wait the same time once,
 * and a Java or Go program's work may be on any of its threads.
 */
static uint64_t scan_threads(pid_t pid, bool *runnable)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
	DIR *d = opendir(path);
	if (!d)
		return 0;
	uint64_t longest = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		if (read_thread_file(dirfd(d), e->d_name, "schedstat", buf, sizeof buf)) {
			char *p = strchr(buf, ' ');  /* "cpu_ns run_delay_ns timeslices" */
			uint64_t delay = p ? strtoull(p + 1, NULL, 10) : 0;
			if (delay > longest)
				longest = delay;
		}
		if (runnable && !*runnable && read_thread_file(dirfd(d), e->d_name, "stat", buf, sizeof buf)) {
			char *p = strrchr(buf, ')');  /* comm may contain spaces and parentheses */
			*runnable = p && p[1] == ' ' && p[2] == 'R';
		}
	}
	closedir(d);
	return longest;
}

/* Raises the run's wait to what its threads show now; with runnable given, also whether one of them is runnable. */
static void note_wait(struct run *r, bool *runnable)
{
	uint64_t delay = scan_threads(r->pid, runnable);
	if (delay > r->wait_base_ns && delay - r->wait_base_ns > r->wait_ns)
		r->wait_ns = delay - r->wait_base_ns;
}

static void drain_sigchld_pipe(void)
{
	char buf[64];
	while (read(sigchld_pipe[0], buf, sizeof buf) > 0)
		;
}

/*
 * Reaps children (as PID 1 that includes orphans reparented to the runner), keeping the main
 * child's status and rusage. Without WNOHANG, returns only once no child is left (ECHILD).
 */
static void reap(struct run *r, int options)
{
	for (;;) {
		int st;
		struct rusage ru;
		if (!(options & WNOHANG) && is_init && getpid() == 1)
			kill(-1, SIGKILL);  /* nothing forked meanwhile may survive either */
		pid_t p = wait4(-1, &st, options, &ru);
		if (p < 0 && errno == EINTR)
			continue;
		if (p <= 0)
			return;
		if (p == r->pid && !r->reaped) {
			r->reaped = true;
			r->wstatus = st;
			r->ru = ru;
			r->t_end = now_ns();
		}
	}
}

/* The wall time a run may take, in ns: its limit plus its wait for a CPU, at most WALL_STRETCH_MAX times the limit. */
static uint64_t wall_allowed_ns(const struct run *r)
{
	uint64_t wall_ns = (uint64_t)r->rq->wall_ms * 1000000ull;
	uint64_t allowed = wall_ns + r->wait_ns;
	return allowed < WALL_STRETCH_MAX * wall_ns ? allowed : WALL_STRETCH_MAX * wall_ns;
}

static void supervise(struct run *r)
{
	const uint64_t cpu_limit_us = (uint64_t)r->rq->cpu_ms * 1000ull;
	const uint64_t furthest = r->t_start + WALL_STRETCH_MAX * (uint64_t)r->rq->wall_ms * 1000000ull;
	uint64_t next_tick = r->t_start + TICK_NS;

	while (!r->reaped) {
		uint64_t now = now_ns();
		bool scanned = false;  /* the threads were read in this round: once is enough */
		if (!r->killed && now >= r->t_start + wall_allowed_ns(r)) {
			/*
			 * The deadline moves by what the program waited since the last tick. A wait under way is counted only when
			 * it ends, so a program that is runnable now (working, or waiting for a CPU) is given the next tick: it is
			 * bounded by its CPU limit and the furthest deadline. Without a CPU limit (a trusted command) the wall
			 * clock alone bounds it.
			 */
			bool runnable = false;
			note_wait(r, cpu_limit_us && now < furthest ? &runnable : NULL);
			scanned = true;
			if (now >= r->t_start + wall_allowed_ns(r) && !runnable) {
				r->reason = ST_WALL_TIME_LIMIT;
				/*
				 * At the furthest deadline the program was runnable at every check past its own (a wait under way
				 * is not in its run delay yet) and still under its CPU limit: the machine did not run it.
				 */
				r->starved = now >= furthest;
				kill_run(r);
			}
		}
		if (now >= next_tick) {
			next_tick = now + TICK_NS;
			if (!r->killed && !scanned)
				note_wait(r, NULL);
			if (r->killed)
				kill_run(r);  /* repeat: cheap, and catches anything forked meanwhile */
			else if (cpu_limit_us && run_cpu_us(r) > cpu_limit_us) {
				r->reason = ST_CPU_TIME_LIMIT;
				kill_run(r);
			}
			check_output(r, &r->out);
			check_output(r, &r->err);
		}
		uint64_t wake = next_tick, deadline = r->t_start + wall_allowed_ns(r);
		if (!r->killed && deadline < wake && deadline > now)
			wake = deadline;
		int timeout = wake > now ? (int)((wake - now + 999999ull) / 1000000ull) : 0;
		struct pollfd pfd[2] = { { sigchld_pipe[0], POLLIN, 0 }, { STDIN_FILENO, POLLIN, 0 } };
		nfds_t watched = batch_running && !batch_cancelled ? 2 : 1;
		int n = poll(pfd, watched, timeout);
		if (n < 0 && errno != EINTR) {
			r->failure = "poll failed";
			kill_run(r);
			return;
		}
		if (n > 0)
			drain_sigchld_pipe();
		if (n > 0 && watched == 2 && (pfd[1].revents & (POLLIN | POLLHUP)) && cancel_arrived(0)) {
			batch_cancelled = true;  /* the host no longer wants this run: it ends now, reported NOT_RUN */
			kill_run(r);
		}
		reap(r, WNOHANG);
	}
	kill_run(r);  /* leftovers: background jobs, daemons */
}

/* Reads the container cgroup's oom_kill counter (v2, then v1); -1 if unavailable. */
static long long read_oom_kills(void)
{
	static const char *const files[] = {
		"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control",
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char buf[4096];
		int fd = open(files[i], O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		ssize_t n = read_full(fd, buf, sizeof buf - 1);
		close(fd);
		if (n <= 0)
			continue;
		buf[n] = 0;
		for (char *line = buf; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
			if (!strncmp(line, "oom_kill ", 9))
				return strtoll(line + 9, NULL, 10);
	}
	return -1;
}

static uint64_t tv_us(struct timeval tv)
{
	return (uint64_t)tv.tv_sec * 1000000ull + (uint64_t)tv.tv_usec;
}

static void classify(const struct run *r, bool oom, struct reply *rep)
{
	const struct exec_req *rq = r->rq;
	int st = r->wstatus;

	rep->exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	rep->signal = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
	if (cgroup_cpu_fd >= 0)
		rep->cpu_us = run_cpu_us(r);  /* after the reap: every process of the run, waited for or not */
	else {
		rep->cpu_us = tv_us(r->ru.ru_utime) + tv_us(r->ru.ru_stime);
		rep->cpu_us = rep->cpu_us > r->cpu_base_us ? rep->cpu_us - r->cpu_base_us : 0;
	}
	/* A killed run's wall time ends at the kill: tearing down what it left (a fork bomb) is not its time. */
	uint64_t t_end = r->t_killed && r->t_killed < r->t_end ? r->t_killed : r->t_end;
	rep->wall_us = (t_end - r->t_start) / 1000ull;
	rep->ended_ns = t_end;
	rep->peak_rss_kib = (uint64_t)r->ru.ru_maxrss;
	rep->flags = (r->out.truncated ? FLAG_STDOUT_TRUNCATED : 0) |
		     (r->err.truncated ? FLAG_STDERR_TRUNCATED : 0) | (oom ? FLAG_OOM_KILL : 0);
	rep->wait_us = r->wait_ns / 1000ull;

	if (r->failure || !r->reaped)
		fail(rep, "%s", r->failure ? r->failure : "child was not reaped");
	else if (oom || (rq->memory && rep->peak_rss_kib * 1024ull > rq->memory))
		rep->status = ST_MEMORY_LIMIT;
	else if (r->reason == ST_CPU_TIME_LIMIT || rep->signal == SIGXCPU ||
		 (rq->cpu_ms && rep->cpu_us > (uint64_t)rq->cpu_ms * 1000ull))
		rep->status = ST_CPU_TIME_LIMIT;
	else if (r->reason == ST_WALL_TIME_LIMIT) {  /* a run past its deadline but runnable may finish on its own */
		rep->status = ST_WALL_TIME_LIMIT;
		if (r->starved)
			rep->flags |= FLAG_STARVED;
	}
	else if (r->out.truncated || r->err.flooded)
		rep->status = ST_OUTPUT_LIMIT;
	else if (WIFSIGNALED(st))
		rep->status = ST_SIGNALED;
	else if (rep->exit_code != 0)
		rep->status = ST_NONZERO_EXIT;
	else
		rep->status = ST_OK;
}

static int make_stdin_memfd(struct span in)
{
	int fd = memfd_create("stdin", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	if (write_full(fd, in.p, in.n) != 0 || lseek(fd, 0, SEEK_SET) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* The first min(size, cap) bytes of an output file, for the reply; false if out of memory. */
static bool read_back(const struct output *o, uint8_t **buf, size_t *len)
{
	size_t n = (size_t)(o->size < o->cap ? o->size : o->cap);
	*buf = NULL;
	*len = 0;
	if (n == 0)
		return true;
	if (!(*buf = malloc(n)))
		return false;
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(o->fd, *buf + got, n - got, (off_t)got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;  /* the program shortened its own file: report what is there */
		got += (size_t)k;
	}
	*len = got;
	return true;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/*
 * Waits until fd is readable or at its end, up to deadline (CLOCK_MONOTONIC ns; 0: no limit); false when the
 * deadline passed first.
 */
static bool wait_readable(int fd, uint64_t deadline)
{
	for (;;) {
		int timeout = -1;
		if (deadline) {
			uint64_t now = now_ns();
			if (now >= deadline)
				return false;
			uint64_t ms = (deadline - now + 999999ull) / 1000000ull;
			timeout = ms < INT32_MAX ? (int)ms : INT32_MAX;
		}
		struct pollfd pfd = { fd, POLLIN, 0 };
		int n = poll(&pfd, 1, timeout);
		if (n > 0 || (n < 0 && errno != EINTR))
			return true;  /* a poll failure is left to the read */
	}
}

/*
 * Forks and execs the program; its pid, or -1 with rep failed (the reason) when it could not start. EXEC_PIPED's
 * child may block opening its FIFOs: unless it execs by deadline (CLOCK_MONOTONIC ns; 0: none), it is killed and
 * the request fails.
 */
static pid_t spawn(const struct exec_req *rq, int infd, int outfd, int errfd, uint64_t deadline, struct reply *rep)
{
	int ep[2];
	if (pipe2(ep, O_CLOEXEC)) {
		fail(rep, "pipe: %s", strerror(errno));
		return -1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		fail(rep, "fork: %s", strerror(errno));
		close(ep[0]);
		close(ep[1]);
		return -1;
	}
	if (pid == 0)
		child_exec(rq, infd, outfd, errfd, ep[1]);

	close(ep[1]);
	(void)setpgid(pid, pid);  /* the child does it too; whichever runs first wins */

	struct child_err ce;
	ssize_t n = -1;
	int opened = 0;  /* FIFOs the child has opened */
	bool in_time;
	while ((in_time = wait_readable(ep[0], deadline)) &&
	       (n = read_full(ep[0], &ce, sizeof ce)) == (ssize_t)sizeof ce && ce.stage == STAGE_OPENED)
		opened = ce.err;
	close(ep[0]);
	if (n == 0)
		return pid;  /* EOF: execve succeeded */
	if (!in_time && opened < 2)
		fail(rep, "EXEC_PIPED: the other end of %s was not opened within the wall time limit (%u ms)",
		     fifo_path(rq, opened), rq->wall_ms);
	else if (!in_time)
		fail(rep, "EXEC_PIPED: the program did not start within the wall time limit (%u ms)", rq->wall_ms);
	else if (n == (ssize_t)sizeof ce && (ce.stage == STAGE_STDIN || ce.stage == STAGE_STDOUT))
		fail(rep, "EXEC_PIPED: %s %s: %s", stage_names[ce.stage],
		     ce.stage == STAGE_STDIN ? rq->stdin_path : rq->stdout_path, ce.err ? strerror(ce.err) : "not a FIFO");
	else if (n == (ssize_t)sizeof ce && (ce.stage == STAGE_EXEC || ce.stage == STAGE_CHDIR))
		fail(rep, "%s %s: %s", stage_names[ce.stage], ce.stage == STAGE_EXEC ? rq->argv[0] : rq->cwd, strerror(ce.err));
	else if (n == (ssize_t)sizeof ce && ce.stage >= 0 && ce.stage < STAGE_EXEC)
		fail(rep, "%s: %s", stage_names[ce.stage], strerror(ce.err));
	else
		fail(rep, "child setup failed");
	kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	return -1;
}

/* Supervises a started run to its end and fills rep: status, measures, stderr, and stdout when it is a memfd. */
static void finish_run(struct run *r, long long oom_before, struct reply *rep)
{
	supervise(r);
	reap(r, 0);  /* nothing of the run may survive into the next request */
	drain_sigchld_pipe();
	check_output(r, &r->out);
	check_output(r, &r->err);

	long long oom_after = read_oom_kills();
	classify(r, oom_before >= 0 && oom_after > oom_before, rep);
	/* stdout at stdout_path stays there for the host to read; a memfd's is copied into the reply. */
	bool read_ok = (r->rq->stdout_path || read_back(&r->out, &rep->out, &rep->out_len)) &&
		       read_back(&r->err, &rep->err, &rep->err_len);
	if (!read_ok && rep->status != ST_INTERNAL_ERROR)
		fail(rep, "out of memory reading back the output");
}

static void run_program(const struct exec_req *rq, int infd, struct reply *rep)
{
	int outfd = -1, errfd = -1;
	/* EXEC_PIPED's child opens its FIFOs itself; a pipe has no size to check (r.out.fd stays -1). */
	if (!rq->piped && (outfd = rq->stdout_path ? open(rq->stdout_path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
						   : memfd_create("stdout", MFD_CLOEXEC)) < 0) {
		fail(rep, "stdout %s: %s", rq->stdout_path ? rq->stdout_path : "memfd", strerror(errno));
		goto out;
	}
	if ((errfd = memfd_create("stderr", MFD_CLOEXEC)) < 0) {
		fail(rep, "stderr memfd: %s", strerror(errno));
		goto out;
	}

	struct run r = { .rq = rq };
	uint64_t out_cap = rq->stdout_limit && rq->stdout_limit < HARD_OUTPUT_CAP ? rq->stdout_limit : HARD_OUTPUT_CAP;
	uint64_t err_cap = rq->stderr_limit && rq->stderr_limit < HARD_OUTPUT_CAP ? rq->stderr_limit : HARD_OUTPUT_CAP;
	r.out = (struct output){ .fd = outfd, .cap = out_cap, .flood = out_cap };
	r.err = (struct output){ .fd = errfd, .cap = err_cap, .flood = out_cap };  /* stderr past what is kept is not an error, up to the stdout cap */
	struct exec_req child_rq = *rq;
	/* Writing past the output cap must fail in the program, not fill the disk or memory. */
	if (child_rq.file_size && child_rq.file_size < out_cap + 1)
		child_rq.file_size = out_cap + 1;

	long long oom_before = read_oom_kills();
	if (cgroup_cpu_fd >= 0)
		r.cpu_base_us = cgroup_cpu_us();
	r.t_start = now_ns();
	uint64_t exec_deadline = rq->piped ? r.t_start + (uint64_t)rq->wall_ms * 1000000ull : 0;
	if ((r.pid = spawn(&child_rq, infd, outfd, errfd, exec_deadline, rep)) > 0)
		finish_run(&r, oom_before, rep);
out:
	close_fd(&outfd);
	close_fd(&errfd);
}

/*
 * Runs the program on infd (a regular file, rewound between runs), each run ending with the sealed directory's reset,
 * and again while a run is starved (FLAG_STARVED), RUNS_MAX times in all; rep is the last run's. A starved run that
 * changed a sealed entry is not repeated: the next run would start from what it left. Nor is EXEC_PIPED's (infd -1):
 * its peer runs once.
 */
static void run_until_fed(const struct exec_req *rq, int infd, struct reply *rep)
{
	for (uint32_t runs = 1;; runs++) {
		run_program(rq, infd, rep);
		if (seal.dir)
			reset_sealed(rep);
		rep->runs = runs;
		if (!(rep->flags & FLAG_STARVED) || (rep->flags & FLAG_SEALED_CHANGED) || runs == RUNS_MAX || batch_cancelled ||
		    rq->piped)
			return;
		fprintf(stderr, "judge-runner: run %u was starved of CPU (waited %llu ms); running it again\n",
			runs, (unsigned long long)(rep->wait_us / 1000));
		free(rep->out);
		free(rep->err);
		memset(rep, 0, sizeof *rep);
		if (lseek(infd, 0, SEEK_SET) != 0) {
			fail(rep, "stdin: rewinding for another run: %s", strerror(errno));
			rep->runs = runs;
			return;
		}
	}
}

/* ---------------------------------------------------------------- PRESTART, EXEC_PRESTARTED */

static void do_exec(struct cursor *c, uint8_t **body, struct reply *rep);

/*
 * A program started ahead of its request (a compiler loading and warming up while the sandbox waits in the pool),
 * blocked reading its stdin, a pipe. EXEC_PRESTARTED hands it its request through that pipe and runs it from there
 * as an EXEC would; any other request but PING and WRITE_FILE ends it first.
 */
static struct {
	pid_t pid;  /* 0: none */
	int stdin_fd;
	struct output out, err;
} prestarted = { 0, -1, { -1, 0, 0, 0, false, false }, { -1, 0, 0, 0, false, false } };

static void end_prestarted(void)
{
	if (prestarted.pid) {
		killpg(prestarted.pid, SIGKILL);
		kill(prestarted.pid, SIGKILL);
		while (waitpid(prestarted.pid, NULL, 0) < 0 && errno == EINTR)
			;
		prestarted.pid = 0;
	}
	close_fd(&prestarted.stdin_fd);
	close_fd(&prestarted.out.fd);
	close_fd(&prestarted.err.fd);
}

/* Takes ownership of *body. PRESTART has EXEC's fields; stdin must be empty (it is the pipe) and stdout a memfd. */
static void do_prestart(struct cursor *c, uint8_t **body, struct reply *rep)
{
	struct exec_req rq;
	memset(&rq, 0, sizeof rq);
	end_prestarted();
	if (parse_exec(c, &rq, rep, "PRESTART")) {
		free(*body);
		*body = NULL;
		int in[2] = { -1, -1 };
		if (rq.stdin_path || rq.in.n || rq.stdout_path)
			fail(rep, "PRESTART: no stdin and no stdout_path (the program reads its request from a pipe)");
		else if (pipe2(in, O_CLOEXEC) != 0 || (prestarted.out.fd = memfd_create("stdout", MFD_CLOEXEC)) < 0 ||
			 (prestarted.err.fd = memfd_create("stderr", MFD_CLOEXEC)) < 0)
			fail(rep, "PRESTART: pipe or memfd: %s", strerror(errno));
		else {
			uint64_t out_cap = rq.stdout_limit && rq.stdout_limit < HARD_OUTPUT_CAP ? rq.stdout_limit : HARD_OUTPUT_CAP;
			uint64_t err_cap = rq.stderr_limit && rq.stderr_limit < HARD_OUTPUT_CAP ? rq.stderr_limit : HARD_OUTPUT_CAP;
			prestarted.out = (struct output){ .fd = prestarted.out.fd, .cap = out_cap, .flood = out_cap };
			prestarted.err = (struct output){ .fd = prestarted.err.fd, .cap = err_cap, .flood = out_cap };
			if (rq.file_size && rq.file_size < out_cap + 1)
				rq.file_size = out_cap + 1;
			pid_t pid = spawn(&rq, in[0], prestarted.out.fd, prestarted.err.fd, 0, rep);
			if (pid > 0) {
				prestarted.pid = pid;
				prestarted.stdin_fd = in[1];
				in[1] = -1;
			}
		}
		close_fd(&in[0]);
		close_fd(&in[1]);
		if (!prestarted.pid) {
			close_fd(&prestarted.out.fd);
			close_fd(&prestarted.err.fd);
		}
	}
	free_exec_req(&rq);
}

/*
 * EXEC_PRESTARTED: EXEC's fields; the stdin blob is the prestarted program's request. With a prestarted program still
 * alive it gets the blob and its end of the pipe, and is supervised from that moment under this request's limits
 * (its CPU time counted from there too); otherwise this runs as an EXEC of its own argv, the blob as stdin.
 */
static void do_exec_prestarted(struct cursor *c, uint8_t **body, struct reply *rep)
{
	pid_t waited = prestarted.pid ? waitpid(prestarted.pid, NULL, WNOHANG) : -1;
	if (waited != 0) {
		if (waited == prestarted.pid)
			prestarted.pid = 0;  /* it died waiting, and is reaped now */
		end_prestarted();
		do_exec(c, body, rep);
		return;
	}
	struct exec_req rq;
	memset(&rq, 0, sizeof rq);
	if (parse_exec(c, &rq, rep, "EXEC_PRESTARTED") && (rq.stdin_path || rq.stdout_path))
		fail(rep, "EXEC_PRESTARTED: the request goes in the stdin blob, and stdout into the reply (no stdin_path, no stdout_path)");
	if (rep->status == ST_OK) {
		struct run r = { .rq = &rq, .pid = prestarted.pid, .out = prestarted.out, .err = prestarted.err };
		long long oom_before = read_oom_kills();
		r.cpu_base_us = cgroup_cpu_fd >= 0 ? cgroup_cpu_us() : proc_cpu_us(r.pid);
		r.wait_base_ns = scan_threads(r.pid, NULL);
		r.t_start = now_ns();
		bool handed = write_full(prestarted.stdin_fd, rq.in.p, rq.in.n) == 0;
		close_fd(&prestarted.stdin_fd);
		free(*body);
		*body = NULL;
		if (!handed)
			kill_run(&r);  /* it went away meanwhile: reported as it ended */
		finish_run(&r, oom_before, rep);
		rep->flags |= FLAG_PRESTARTED;
		rep->runs = 1;
		prestarted.pid = 0;
		close_fd(&prestarted.out.fd);
		close_fd(&prestarted.err.fd);
	} else
		end_prestarted();
	free_exec_req(&rq);
}

/* Takes ownership of *body and frees it before forking (a 64 MiB stdin must not be copied around). */
static void do_exec(struct cursor *c, uint8_t **body, struct reply *rep)
{
	struct exec_req rq;
	memset(&rq, 0, sizeof rq);
	if (parse_exec(c, &rq, rep, "EXEC")) {
		int infd = rq.stdin_path ? open(rq.stdin_path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
					 : make_stdin_memfd(rq.in);
		free(*body);
		*body = NULL;
		if (infd < 0)
			fail(rep, "stdin %s: %s", rq.stdin_path ? rq.stdin_path : "memfd", strerror(errno));
		else {
			run_until_fed(&rq, infd, rep);
			close(infd);
		}
	}
	free_exec_req(&rq);
}

/*
 * EXEC_PIPED: u32 order, then EXEC's fields; one side of an interactive run, its stdin and stdout FIFOs that the
 * child opens (order 0: stdin first, 1: stdout first). Takes ownership of *body.
 */
static void do_exec_piped(struct cursor *c, uint8_t **body, struct reply *rep)
{
	struct exec_req rq;
	memset(&rq, 0, sizeof rq);
	uint32_t order = get_u32(c);
	if (parse_exec(c, &rq, rep, "EXEC_PIPED")) {
		free(*body);
		*body = NULL;
		if (order > 1)
			fail(rep, "malformed EXEC_PIPED request (order %u: 0 opens stdin first, 1 stdout first)", order);
		else if (!rq.stdin_path || !rq.stdout_path || rq.in.n)
			fail(rep, "EXEC_PIPED: stdin_path and stdout_path (FIFOs) are required, and the stdin blob must be empty");
		else {
			rq.piped = true;
			rq.stdout_first = order == 1;
			run_until_fed(&rq, -1, rep);
		}
	}
	free_exec_req(&rq);
}

/* ---------------------------------------------------------------- EXEC_BATCH */

struct batch_item {
	char *stdin_path, *stdout_path;
	uint64_t stdout_limit;
	uint64_t held;  /* bytes its stdout file held when the run ended, until the host removes the file */
};

/*
 * Between two runs of a batch: true when the host sent CANCEL, waiting for it up to timeout_ms. Nothing else
 * may arrive during a batch, and a CANCEL has no body, so anything else is a broken host and ends the runner.
 */
static bool cancel_arrived(int timeout_ms)
{
	struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
	if (poll(&pfd, 1, timeout_ms) <= 0 || !(pfd.revents & (POLLIN | POLLHUP)))
		return false;
	uint8_t msg[12];
	if (read_full(STDIN_FILENO, msg, sizeof msg) != (ssize_t)sizeof msg)
		die("stdin ended during EXEC_BATCH");
	struct cursor c = { msg, sizeof msg, false };
	uint32_t len = get_u32(&c), magic = get_u32(&c), op = get_u32(&c);
	if (len != 8 || magic != MAGIC || op != OP_CANCEL)
		die("only CANCEL may be sent during EXEC_BATCH");
	return true;
}

/*
 * The bytes the stdout files of answered items still hold: the host removes each file once it has read it. Those
 * files live in the sandbox's memory (a tmpfs), so a batch does not run ahead of a slow host by more than the
 * request's backlog. Looks at the files (from *first on) only when the known total is over the backlog.
 */
static uint64_t stdout_backlog(struct batch_item *items, uint32_t *first, uint32_t done, uint64_t *held, uint64_t backlog)
{
	if (*held <= backlog)
		return *held;
	for (uint32_t i = *first; i < done; i++) {
		if (items[i].held && access(items[i].stdout_path, F_OK) != 0) {
			*held -= items[i].held;
			items[i].held = 0;
		}
		if (!items[i].held && i == *first)
			++*first;
	}
	return *held;
}

/* Runs one item of a batch into rep: its own stdin, stdout and stdout limit, then the reset of a sealed dir. */
static void run_batch_item(struct exec_req *rq, struct batch_item *item, struct reply *rep)
{
	rq->stdin_path = item->stdin_path;
	rq->stdout_path = item->stdout_path;
	rq->stdout_limit = item->stdout_limit;
	int infd = open(item->stdin_path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (infd < 0) {
		fail(rep, "stdin %s: %s", item->stdin_path, strerror(errno));
		return;
	}
	run_until_fed(rq, infd, rep);
	close(infd);
	struct stat st;
	item->held = stat(item->stdout_path, &st) == 0 ? (uint64_t)st.st_size : 0;
}

static void send_and_free(struct reply *rep)
{
	if (rep->status == ST_INTERNAL_ERROR)
		fprintf(stderr, "judge-runner: %s\n", rep->msg);
	send_reply(rep);
	free(rep->out);
	free(rep->err);
}

/*
 * One program on many inputs, a reply per item as each ends (PROTOCOL.md): the host judges one while the next runs,
 * and no request crosses the engine per test. Sends its own replies; takes ownership of *body.
 */
static void do_exec_batch(struct cursor *c, uint8_t **body)
{
	struct reply rep;
	memset(&rep, 0, sizeof rep);
	struct exec_req rq;
	memset(&rq, 0, sizeof rq);
	struct batch_item *items = NULL;
	uint32_t flags = 0, count = 0, unread = 0;
	uint64_t backlog = 0, held = 0;
	if (parse_run_fields(c, &rq, &rep, "EXEC_BATCH")) {
		flags = get_u32(c);
		backlog = get_u64(c);
		count = get_u32(c);
		if (c->bad || count == 0 || count > BATCH_MAX_ITEMS || count > c->left / 16)
			fail(&rep, "EXEC_BATCH: item count must be 1 to %u", BATCH_MAX_ITEMS);
		else if (!(items = calloc(count, sizeof *items)))
			fail(&rep, "EXEC_BATCH: out of memory");
		for (uint32_t i = 0; items && i < count && rep.status == ST_OK; i++) {
			if (!get_path(c, &items[i].stdin_path) || !get_path(c, &items[i].stdout_path) ||
			    !items[i].stdin_path || !items[i].stdout_path)
				fail(&rep, "malformed EXEC_BATCH item %u (stdin_path and stdout_path must be absolute)", i);
			items[i].stdout_limit = get_u64(c);
		}
		if (rep.status == ST_OK && (c->bad || c->left))
			fail(&rep, "malformed EXEC_BATCH request (%s)", c->bad ? "truncated item" : "trailing bytes");
	}
	free(*body);
	*body = NULL;

	if (rep.status != ST_OK) {
		send_and_free(&rep);  /* one reply: the host cannot know how many items were meant */
	} else {
		bool stopped = false, cancelled = false;
		batch_running = true;
		batch_cancelled = false;
		for (uint32_t i = 0; i < count; i++) {
			struct reply item;
			memset(&item, 0, sizeof item);
			if (stopped || cancelled) {
				item.status = ST_NOT_RUN;
				snprintf(item.msg, sizeof item.msg, cancelled ? "not run: cancelled" : "not run: an earlier run failed");
			} else {
				run_batch_item(&rq, &items[i], &item);
				held += items[i].held;
				stopped = (flags & BATCH_STOP_AFTER_FAILED_RUN) && item.status != ST_OK;
				if (batch_cancelled) {  /* killed by CANCEL while it ran */
					cancelled = true;
					item.status = ST_NOT_RUN;
					snprintf(item.msg, sizeof item.msg, "not run to its end: cancelled");
				}
			}
			send_and_free(&item);
			if (!cancelled && !stopped && i + 1 < count) {
				cancelled = cancel_arrived(0);
				while (!cancelled && stdout_backlog(items, &unread, i + 1, &held, backlog) > backlog)
					cancelled = cancel_arrived(1);
			}
		}
		batch_running = false;
		if (cancelled) {
			struct reply ack;
			memset(&ack, 0, sizeof ack);
			snprintf(ack.msg, sizeof ack.msg, "cancelled");
			send_reply(&ack);
		}
	}
	rq.stdin_path = rq.stdout_path = NULL;  /* the items own them */
	for (uint32_t i = 0; items && i < count; i++) {
		free(items[i].stdin_path);
		free(items[i].stdout_path);
	}
	free(items);
	free_exec_req(&rq);
}

/* ---------------------------------------------------------------- main loop */

static void handle_request(uint8_t *body, size_t len)
{
	struct reply rep;
	memset(&rep, 0, sizeof rep);
	struct cursor c = { body, len, false };
	uint32_t magic = get_u32(&c), op = get_u32(&c);

	/* A prestarted program waits only through requests that run nothing. */
	if (c.bad || (op != OP_PING && op != OP_WRITE_FILE && op != OP_EXEC_PRESTARTED))
		end_prestarted();
	if (c.bad)
		fail(&rep, "message too short (%zu bytes)", len);
	else if (magic != MAGIC)
		fail(&rep, "bad magic 0x%08x", magic);
	else if (op == OP_PING) {
		if (c.left)
			fail(&rep, "malformed PING request");
		else
			snprintf(rep.msg, sizeof rep.msg, "judge-runner 4");
	} else if (op == OP_WRITE_FILE)
		do_write_file(&c, &rep);
	else if (op == OP_EXEC)
		do_exec(&c, &body, &rep);
	else if (op == OP_EXEC_PIPED)
		do_exec_piped(&c, &body, &rep);
	else if (op == OP_PRESTART)
		do_prestart(&c, &body, &rep);
	else if (op == OP_EXEC_PRESTARTED)
		do_exec_prestarted(&c, &body, &rep);
	else if (op == OP_EXEC_BATCH) {
		do_exec_batch(&c, &body);
		return;
	} else if (op == OP_CANCEL) {
		if (c.left)
			fail(&rep, "malformed CANCEL request");
		else
			snprintf(rep.msg, sizeof rep.msg, "nothing to cancel");  /* the batch had ended */
	}
	else if (op == OP_SEAL)
		do_seal(&c, &rep);
	else if (op == OP_WIPE)
		do_wipe(&c, &rep);
	else
		fail(&rep, "unknown op %u", op);

	free(body);
	send_and_free(&rep);
}

static void on_sigchld(int sig)
{
	(void)sig;
	int saved = errno;
	(void)write(sigchld_pipe[1], "c", 1);
	errno = saved;
}

static void setup(void)
{
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	/* A fixed threshold keeps big buffers in mmap, so they go back to the OS when freed. */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	for (int fd = 0; fd < 3; fd++)  /* fds 0-2 must exist so pipes never land on them */
		if (fcntl(fd, F_GETFD) < 0 && open("/dev/null", O_RDWR) != fd)
			die("cannot open /dev/null");
	is_init = getpid() == 1;
	const char *cpu = getenv("JUDGE_RUNNER_CPU");
	if (cpu && !strcmp(cpu, "cgroup")) {
		static const char *const counters[] = {
			"/sys/fs/cgroup/cpu.stat", "/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage",
		};
		for (size_t i = 0; i < sizeof counters / sizeof *counters && cgroup_cpu_fd < 0; i++) {
			cgroup_cpu_fd = open(counters[i], O_RDONLY | O_CLOEXEC);
			cgroup_cpu_v2 = i == 0;
		}
		if (cgroup_cpu_fd < 0)
			die("JUDGE_RUNNER_CPU=cgroup, but no cgroup CPU counter is readable");
	}
	long t = sysconf(_SC_CLK_TCK);
	if (t > 0)
		clk_tck = t;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&ignored_signals);
	for (int s = 1; s < NSIG; s++) {
		struct sigaction old;
		if (sigaction(s, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			sigaddset(&ignored_signals, s);
	}
	if (pipe2(sigchld_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
		die("pipe2 failed");
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigchld;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	if (sigaction(SIGCHLD, &sa, NULL) != 0)
		die("sigaction failed");
	/*
	 * The filter binds the runner too (it needs none of what it denies), so that every program inherits it at fork:
	 * attaching a filter per program (the kernel compiles it and evaluates it for every syscall number) cost more
	 * than the fork itself.
	 */
	if (install_syscall_filter() != 0)
		die("cannot install the seccomp filter");
}

/* Consumes and discards n bytes of an unwanted message. */
static void discard_input(uint64_t n)
{
	while (n > 0) {
		size_t chunk = n < sizeof scratch ? (size_t)n : sizeof scratch;
		if (read_full(STDIN_FILENO, scratch, chunk) != (ssize_t)chunk)
			die("stdin ended inside a message");
		n -= chunk;
	}
}

int main(void)
{
	setup();
	for (;;) {
		uint8_t hdr[4];
		ssize_t n = read_full(STDIN_FILENO, hdr, sizeof hdr);
		if (n == 0)
			return 0;
		if (n != (ssize_t)sizeof hdr)
			die(n < 0 ? "reading stdin failed" : "stdin ended inside a message header");
		uint32_t len = (uint32_t)hdr[0] | (uint32_t)hdr[1] << 8 | (uint32_t)hdr[2] << 16 |
			       (uint32_t)hdr[3] << 24;

		uint8_t *body = malloc(len ? len : 1);
		if (!body) {
			discard_input(len);
			struct reply rep;
			memset(&rep, 0, sizeof rep);
			fail(&rep, "message too large (%u bytes)", len);
			fprintf(stderr, "judge-runner: %s\n", rep.msg);
			send_reply(&rep);
			continue;
		}
		if (read_full(STDIN_FILENO, body, len) != (ssize_t)len)
			die("stdin ended inside a message");
		handle_request(body, len);
	}
}
