// Test input "fill": writes files into /tmp, /dev/shm and the work dir until each is full.
// Test input "check": every place is empty again (the work dir holds only what compiling left)
// and has its room back.
#include <fcntl.h>
#include <dirent.h>
#include <iostream>
#include <string>
#include <sys/statvfs.h>
#include <unistd.h>

static const char *places[] = {"/tmp", "/dev/shm", "/w"};

static long fill(const std::string &dir) {
    static char block[1 << 20];
    long written = 0;
    for (int file = 0; file < 1000; file++) {
        int fd = open((dir + "/fill" + std::to_string(file)).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) break;
        ssize_t n = 0;
        for (int mib = 0; mib < 32 && (n = write(fd, block, sizeof block)) > 0; mib++) written += n;  // below the file size limit
        close(fd);
        if (n <= 0) break;
    }
    return written;
}

static std::string entries(const std::string &dir) {
    std::string names;
    DIR *d = opendir(dir.c_str());
    while (dirent *e = d ? readdir(d) : nullptr) {
        std::string name = e->d_name;
        if (name != "." && name != ".." && !(dir == "/w" && (name == "main" || name == "main.cpp"))) names += " " + name;
    }
    if (d) closedir(d);
    return names;
}

int main() {
    std::string mode;
    std::cin >> mode;
    std::string problems;
    for (const char *place : places) {
        if (mode == "fill") {
            if (fill(place) < (1 << 20)) problems += std::string(" could not write to ") + place;
            continue;
        }
        struct statvfs st{};
        statvfs(place, &st);
        if (!entries(place).empty()) problems += std::string(" ") + place + " holds" + entries(place);
        if (st.f_bavail * 10 < st.f_blocks * 9) problems += std::string(" ") + place + " is not free";
    }
    std::cout << (problems.empty() ? "ok" : "leftover:" + problems) << "\n";
}
