// Recurses without end, with a big frame: the stack grows until a limit stops it.
#include <cstdio>

int deep(int n) {
    volatile char frame[4096];
    frame[0] = static_cast<char>(n);
    return deep(n + 1) + frame[0];
}

int main() { std::printf("%d\n", deep(0)); }
