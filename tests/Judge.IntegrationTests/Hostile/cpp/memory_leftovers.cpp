// Test input "hoard": leaves 96 MiB of files in the memory-backed work dir and exits.
// Test input "use": allocates and touches 48 MiB, which fits only if the hoard is gone.
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

int main() {
    std::string mode;
    std::cin >> mode;
    static char block[1 << 20];
    std::memset(block, 7, sizeof block);
    if (mode == "hoard") {
        for (int i = 0; i < 96; i++) {
            int fd = open(("/w/hoard" + std::to_string(i)).c_str(), O_WRONLY | O_CREAT, 0644);
            write(fd, block, sizeof block);
            close(fd);
        }
    } else {
        char *p = new char[48 << 20];
        std::memset(p, 1, 48 << 20);
    }
    std::cout << "ok\n";
}
