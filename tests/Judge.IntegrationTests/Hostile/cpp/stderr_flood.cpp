// Writes to stderr as fast as it can, forever.
#include <unistd.h>

int main() {
    static char block[1 << 16];
    for (auto &c : block) c = 'e';
    for (;;) write(2, block, sizeof block);
}
