// Tries to write outside the work dir and /tmp: the image, /proc, /sys, /dev, the root.
#include <fcntl.h>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

int main() {
    const char *targets[] = {"/judge-was-here", "/etc/passwd", "/etc/judge", "/usr/bin/judge", "/usr/local/bin/judge-runner",
                             "/var/tmp/judge", "/root/judge", "/proc/sys/kernel/hostname", "/proc/sysrq-trigger",
                             "/sys/kernel/mm/transparent_hugepage/enabled", "/sys/fs/cgroup/memory.max", "/dev/judge"};
    std::string written;
    for (const char *t : targets) {
        int fd = open(t, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0 && write(fd, "x", 1) == 1) written += std::string(" ") + t;
        if (fd >= 0) close(fd);
    }
    if (mkdir("/opt/judge", 0755) == 0) written += " /opt/judge";
    if (chmod("/tmp", 0777) == 0) written += " chmod /tmp";
    std::cout << (written.empty() ? "ok" : "wrote:" + written) << "\n";
}
