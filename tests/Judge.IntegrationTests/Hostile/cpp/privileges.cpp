// Tries to gain privileges: raise hard limits, become root, keep capabilities, use setuid binaries.
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static std::string status_field(const std::string &name) {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind(name + ":", 0) == 0) return line.substr(line.find_first_not_of(" \t", name.size() + 1));
    return "";
}

int main() {
    std::string got;
    for (int resource : {RLIMIT_CPU, RLIMIT_AS, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_NPROC}) {
        rlimit r{};
        getrlimit(resource, &r);
        if (r.rlim_max != RLIM_INFINITY) {
            r.rlim_max = RLIM_INFINITY;
            r.rlim_cur = RLIM_INFINITY;
            if (setrlimit(resource, &r) == 0) got += " raised-limit-" + std::to_string(resource);
        }
    }
    if (setuid(0) == 0 || seteuid(0) == 0 || setgid(0) == 0) got += " root";
    if (getuid() == 0 || geteuid() == 0) got += " is-root";
    if (status_field("CapEff") != "0000000000000000") got += " CapEff=" + status_field("CapEff");
    if (status_field("CapBnd") != "0000000000000000") got += " CapBnd=" + status_field("CapBnd");
    if (status_field("NoNewPrivs") != "1") got += " NoNewPrivs=" + status_field("NoNewPrivs");
    if (status_field("Seccomp") != "2") got += " Seccomp=" + status_field("Seccomp");
    if (std::stoi("0" + status_field("Seccomp_filters")) < 2) got += " Seccomp_filters=" + status_field("Seccomp_filters");
    // A setuid-root binary must not make anyone root: run each with an effect only root could have.
    for (const char *binary : {"/usr/bin/su", "/bin/su", "/usr/bin/mount", "/bin/mount", "/usr/bin/passwd", "/usr/bin/newgrp"}) {
        struct stat st{};
        if (stat(binary, &st) != 0 || !(st.st_mode & S_ISUID)) continue;
        pid_t child = fork();
        if (child == 0) {
            execl("/usr/bin/mount", "mount", "-t", "tmpfs", "none", "/tmp", nullptr);
            _exit(127);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) got += std::string(" mounted-via-") + binary;
        break;
    }
    std::cout << (got.empty() ? "ok" : "gained:" + got) << "\n";
}
