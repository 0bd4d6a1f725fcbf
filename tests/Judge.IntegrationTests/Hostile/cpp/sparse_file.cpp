// Makes files that claim terabytes: a write far past the end, and a truncate up to 1 TiB.
#include <csignal>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <unistd.h>

int main() {
    signal(SIGXFSZ, SIG_IGN);  // so the file size limit shows as EFBIG, not a kill
    std::string grown;
    int fd = open("/w/sparse", O_RDWR | O_CREAT, 0644);
    if (pwrite(fd, "x", 1, 1ll << 40) == 1) grown += " pwrite";
    if (ftruncate(fd, 1ll << 40) == 0) grown += " ftruncate";
    int tmp = open("/tmp/sparse", O_RDWR | O_CREAT, 0644);
    if (ftruncate(tmp, 1ll << 40) == 0) grown += " ftruncate-tmp";
    std::cout << (grown.empty() ? "ok" : "grew:" + grown) << "\n";
}
