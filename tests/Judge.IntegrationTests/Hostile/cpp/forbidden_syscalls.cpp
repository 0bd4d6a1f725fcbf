// Calls what a judged program never needs; each must fail with EPERM (or ENOSYS for clone3).
#include <cerrno>
#include <csignal>
#include <iostream>
#include <linux/sched.h>
#include <sched.h>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

struct Attempt { const char *name; long number; long a0, a1, a2; };

int main() {
    const Attempt attempts[] = {
        {"mount", SYS_mount, 0, 0, 0}, {"umount2", SYS_umount2, 0, 0, 0}, {"unshare-user", SYS_unshare, CLONE_NEWUSER, 0, 0},
        {"unshare-ns", SYS_unshare, CLONE_NEWNS, 0, 0}, {"setns", SYS_setns, 0, 0, 0}, {"chroot", SYS_chroot, 0, 0, 0},
        {"pivot_root", SYS_pivot_root, 0, 0, 0}, {"keyctl", SYS_keyctl, 0, 0, 0}, {"add_key", SYS_add_key, 0, 0, 0},
        {"request_key", SYS_request_key, 0, 0, 0}, {"bpf", SYS_bpf, 0, 0, 0}, {"perf_event_open", SYS_perf_event_open, 0, 0, 0},
        {"userfaultfd", SYS_userfaultfd, 0, 0, 0}, {"io_uring_setup", SYS_io_uring_setup, 1, 0, 0},
        {"init_module", SYS_init_module, 0, 0, 0}, {"finit_module", SYS_finit_module, 0, 0, 0},
        {"delete_module", SYS_delete_module, 0, 0, 0}, {"kexec_load", SYS_kexec_load, 0, 0, 0}, {"reboot", SYS_reboot, 0, 0, 0},
        {"swapon", SYS_swapon, 0, 0, 0}, {"acct", SYS_acct, 0, 0, 0}, {"syslog", SYS_syslog, 3, 0, 0},
        {"settimeofday", SYS_settimeofday, 0, 0, 0}, {"clock_settime", SYS_clock_settime, 0, 0, 0},
        {"adjtimex", SYS_adjtimex, 0, 0, 0}, {"sethostname", SYS_sethostname, 0, 0, 0}, {"iopl", SYS_iopl, 3, 0, 0},
        {"ioperm", SYS_ioperm, 0, 1, 1}, {"open_by_handle_at", SYS_open_by_handle_at, 0, 0, 0},
        {"process_vm_writev", SYS_process_vm_writev, 1, 0, 0}, {"kcmp", SYS_kcmp, 1, 1, 0},
        {"clone-newuser", SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0}, {"clone-newnet", SYS_clone, CLONE_NEWNET | SIGCHLD, 0, 0},
        {"fsopen", SYS_fsopen, 0, 0, 0}, {"open_tree", SYS_open_tree, 0, 0, 0}, {"vhangup", SYS_vhangup, 0, 0, 0},
        {"shmget", SYS_shmget, 0, 1 << 20, 01600}, {"msgget", SYS_msgget, 0, 01600, 0}, {"semget", SYS_semget, 0, 1, 01600},
        {"mq_open", SYS_mq_open, 0, 0, 0}, {"setpriority", SYS_setpriority, 0, 0, 19},
        {"sched_setscheduler", SYS_sched_setscheduler, 0, 5 /* SCHED_IDLE */, 0}, {"sched_setparam", SYS_sched_setparam, 0, 0, 0},
        {"sched_setattr", SYS_sched_setattr, 0, 0, 0},
    };
    std::string allowed;
    for (const auto &a : attempts) {
        errno = 0;
        long r = syscall(a.number, a.a0, a.a1, a.a2, 0, 0, 0);
        if (r == 0 && (a.number == SYS_clone)) _exit(0);  // a child, should one ever be made
        if (r >= 0 || errno != EPERM) allowed += std::string(" ") + a.name + "(" + std::to_string(r) + "," + std::to_string(errno) + ")";
    }
    errno = 0;
    clone_args args{};
    if (syscall(SYS_clone3, &args, sizeof args) != -1 || errno != ENOSYS) allowed += " clone3";
    std::cout << (allowed.empty() ? "ok" : "allowed:" + allowed) << "\n";
}
