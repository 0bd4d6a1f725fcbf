// Input "plant": leaves marker files wherever it can write. Input "look": reports any marker found.
// Judged as several submissions: the later ones must find nothing of the first, even in its container
// (its name, the container's host name, goes to stderr).
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

int main() {
    std::string mode;
    std::cin >> mode;
    std::string found;
    for (const char *dir : {"/tmp", "/w", "/dev/shm"}) {
        std::string path = std::string(dir) + "/judge-marker";
        if (mode == "plant") {
            int fd = open(path.c_str(), O_WRONLY | O_CREAT, 0644);
            if (fd >= 0) close(fd);
        } else if (access(path.c_str(), F_OK) == 0) {
            found += " " + path;
        }
    }
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    std::cerr << host;
    std::cout << (found.empty() ? "ok" : "found:" + found) << "\n";
}
