// Input "plant": leaves marker files wherever it can write. Input "look": reports any marker found.
// Judged as two submissions: the second must find nothing of the first.
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
    std::cout << (found.empty() ? "ok" : "found:" + found) << "\n";
}
