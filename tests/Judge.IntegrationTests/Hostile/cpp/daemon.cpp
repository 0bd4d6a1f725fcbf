// Test input "spawn": leaves a double-forked, setsid'd daemon that ignores SIGTERM and SIGHUP.
// Test input "count": reports any process but itself and PID 1 still alive in the sandbox.
#include <csignal>
#include <dirent.h>
#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

int main() {
    std::string mode;
    std::cin >> mode;
    if (mode == "spawn") {
        if (fork() == 0) {
            setsid();
            if (fork() == 0) {
                signal(SIGTERM, SIG_IGN);
                signal(SIGHUP, SIG_IGN);
                for (;;) pause();
            }
            _exit(0);
        }
        wait(nullptr);
        std::cout << "ok\n";
        return 0;
    }
    std::string others;
    DIR *proc = opendir("/proc");
    while (dirent *e = readdir(proc)) {
        std::string name = e->d_name;
        if (name.find_first_not_of("0123456789") == std::string::npos && name != "1" && name != std::to_string(getpid()))
            others += " " + name;
    }
    std::cout << (others.empty() ? "ok" : "leftover" + others) << "\n";
}
