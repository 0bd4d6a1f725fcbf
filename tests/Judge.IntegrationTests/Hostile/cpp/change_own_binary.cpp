// Test input "1": appends to its own compiled binary, so that later tests could tell they came later.
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

int main() {
    std::string which;
    std::cin >> which;
    if (which == "1") {
        chmod("/w/main", 0755);
        int fd = open("/w/main", O_WRONLY | O_APPEND);
        if (fd >= 0) { write(fd, "x", 1); close(fd); }
    }
    std::cout << "ok\n";
}
