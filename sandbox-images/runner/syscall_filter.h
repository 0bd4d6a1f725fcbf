/*
 * A seccomp filter the runner installs in every program it starts (compilers included), stacked on
 * the container's own profile (the engine's default). It denies with EPERM what a judged program
 * never needs: tracing and reading other processes, namespaces and mounts, kernel keyrings, eBPF,
 * perf, userfaultfd, io_uring, modules, clocks, swap, reboot; changing its scheduling priority or policy; SysV and
 * POSIX message-queue IPC objects, which would outlive a test; sockets of any family but AF_UNIX; and
 * clone with namespace flags (clone3 answers ENOSYS, so the C library falls back to clone, whose
 * flags a filter can see). A foreign syscall ABI (i386 via int 0x80, x32) kills the process.
 */
#ifndef JUDGE_SYSCALL_FILTER_H
#define JUDGE_SYSCALL_FILTER_H

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
#define FILTER_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define FILTER_ARCH AUDIT_ARCH_AARCH64
#else
#error "syscall_filter.h: unsupported architecture"
#endif

#define NAMESPACE_FLAGS (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | \
			 CLONE_NEWPID | CLONE_NEWNET)

static const int denied_syscalls[] = {
	SYS_ptrace, SYS_process_vm_readv, SYS_process_vm_writev, SYS_kcmp, SYS_pidfd_getfd,
	SYS_mount, SYS_umount2, SYS_pivot_root, SYS_chroot, SYS_unshare, SYS_setns,
	SYS_fsopen, SYS_fsconfig, SYS_fsmount, SYS_fspick, SYS_move_mount, SYS_open_tree,
	SYS_name_to_handle_at, SYS_open_by_handle_at, SYS_fanotify_init,
	SYS_keyctl, SYS_add_key, SYS_request_key, SYS_bpf, SYS_perf_event_open, SYS_userfaultfd,
	SYS_io_uring_setup, SYS_io_uring_enter, SYS_io_uring_register,
	SYS_init_module, SYS_finit_module, SYS_delete_module, SYS_kexec_load, SYS_kexec_file_load,
	SYS_reboot, SYS_swapon, SYS_swapoff, SYS_acct, SYS_quotactl, SYS_syslog,
	SYS_settimeofday, SYS_clock_settime, SYS_clock_adjtime, SYS_adjtimex,
	SYS_sethostname, SYS_setdomainname, SYS_vhangup,
	SYS_shmget, SYS_msgget, SYS_semget, SYS_mq_open,  /* IPC objects would outlive a test */
	/* a program that lowers its own priority starves itself on a busy machine, and its wall clock is extended */
	SYS_setpriority, SYS_sched_setscheduler, SYS_sched_setparam, SYS_sched_setattr,
#ifdef SYS_iopl
	SYS_iopl, SYS_ioperm,
#endif
#ifdef SYS_uselib
	SYS_uselib, SYS_ustat, SYS_sysfs,
#endif
};

#define DENIED_COUNT (sizeof denied_syscalls / sizeof *denied_syscalls)
#define LOAD_NR BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define LOAD_ARG0 BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]))
#define RETURN(action) BPF_STMT(BPF_RET | BPF_K, (action))

/* Orders the denied numbers, so that a search tree can be built over them. */
static int compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/*
 * Emits a search over sorted[0..count) into f and returns how many instructions it took: a balanced tree of JGE
 * down to leaves of at most SEARCH_LEAF numbers, each leaf ending in its own ALLOW and EPERM returns (so every jump
 * is short and forward). The kernel runs the filter on every syscall, and once per syscall number when the filter
 * is attached (to cache the numbers always allowed): a tree makes both a few steps instead of one per number,
 * which took about 90 us off every program start.
 */
#define SEARCH_LEAF 4
static size_t emit_search(struct sock_filter *f, const int *sorted, size_t count)
{
	size_t n = 0;
	if (count <= SEARCH_LEAF) {
		for (size_t i = 0; i < count; i++)
			f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)sorted[i],
							      (unsigned char)(count - i), 0);
		f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_ALLOW);
		f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_ERRNO | EPERM);
		return n;
	}
	size_t half = count / 2;
	size_t at = n++;  /* JGE sorted[half]: the lower half follows, then the upper one */
	size_t lower = emit_search(f + n, sorted, half);
	n += lower;
	f[at] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (unsigned)sorted[half], (unsigned char)lower, 0);
	n += emit_search(f + n, sorted + half, count - half);
	return n;
}

/* Installs the filter in the calling process (and so in everything it executes); 0 or -1 with errno. */
static int install_syscall_filter(void)
{
	/* Per number at most one JEQ, one JGE and the two returns of its leaf. */
	struct sock_filter f[24 + 4 * DENIED_COUNT];
	int sorted[DENIED_COUNT];
	memcpy(sorted, denied_syscalls, sizeof sorted);
	qsort(sorted, DENIED_COUNT, sizeof *sorted, compare_ints);
	size_t n = 0;
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, FILTER_ARCH, 1, 0);
	f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_KILL_PROCESS);
	f[n++] = (struct sock_filter)LOAD_NR;
#ifdef __x86_64__
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u /* x32 */, 0, 1);
	f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_KILL_PROCESS);
#endif
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone3, 0, 1);
	f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_ERRNO | ENOSYS);
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 3);
	f[n++] = (struct sock_filter)LOAD_ARG0;  /* clone flags (x86_64 and arm64 alike) */
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, NAMESPACE_FLAGS, 0, 1);
	f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_ERRNO | EPERM);
	f[n++] = (struct sock_filter)LOAD_NR;
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket, 0, 3);
	f[n++] = (struct sock_filter)LOAD_ARG0;  /* address family */
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 1, 0);
	f[n++] = (struct sock_filter)RETURN(SECCOMP_RET_ERRNO | EPERM);
	f[n++] = (struct sock_filter)LOAD_NR;
	n += emit_search(f + n, sorted, DENIED_COUNT);

	struct sock_fprog prog = { .len = (unsigned short)n, .filter = f };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
}

#endif
