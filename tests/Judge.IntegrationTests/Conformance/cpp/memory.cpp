#include <cstdlib>
#include <cstring>
#include <cstdio>
int main() {
    for (int i = 0; i < 64; i++) {
        char *p = (char *)std::malloc(64 << 20);
        if (!p) return 2;
        std::memset(p, i, 64 << 20);
    }
    std::puts("survived");
}
