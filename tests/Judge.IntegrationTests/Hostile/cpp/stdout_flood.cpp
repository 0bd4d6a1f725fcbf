// Writes to stdout as fast as it can, forever.
#include <unistd.h>

int main() {
    static char block[1 << 16];
    for (auto &c : block) c = 'x';
    for (;;) write(1, block, sizeof block);
}
