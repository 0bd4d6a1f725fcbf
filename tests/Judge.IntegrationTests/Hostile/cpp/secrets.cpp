// Looks for secrets: the runner's environment and memory, its own environment, host files and paths.
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

extern char **environ;

static bool readable(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return false;
    char c;
    bool got = read(fd, &c, 1) == 1;
    close(fd);
    return got;
}

int main() {
    std::string found;
    for (const char *p : {"/proc/1/environ", "/proc/1/mem", "/proc/1/maps", "/proc/1/fd/0", "/proc/1/root/etc/hostname",
                          "/etc/shadow", "/proc/kcore", "/sys/firmware/dmi/tables/DMI"})
        if (readable(p)) found += std::string(" readable:") + p;
    for (const char *p : {"/work", "/root/.nuget", "/var/lib/judge", "/var/lib/docker", "/home", "/run/secrets", "/var/run/docker.sock"})
        if (access(p, F_OK) == 0 && std::string(p) != "/home") found += std::string(" exists:") + p;
    for (char **e = environ; *e; e++) {
        std::string var = *e;
        std::string name = var.substr(0, var.find('='));
        if (name != "PATH" && name != "HOME" && name != "LANG") found += " env:" + name;
    }
    std::cout << (found.empty() ? "ok" : "found:" + found) << "\n";
}
