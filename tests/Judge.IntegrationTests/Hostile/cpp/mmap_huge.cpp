// Maps 64 GiB without reserving it, then touches every page.
#include <sys/mman.h>
#include <cstddef>

int main() {
    const std::size_t size = 64ull << 30;
    char *p = static_cast<char *>(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
    if (p == MAP_FAILED) return 2;
    for (std::size_t i = 0; i < size; i += 4096) p[i] = 1;
}
