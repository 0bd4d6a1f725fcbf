// Allocates and touches memory in 16 MiB steps, forever.
#include <cstring>
#include <vector>

int main() {
    std::vector<char *> blocks;
    for (;;) {
        char *block = new char[16 << 20];
        std::memset(block, 1, 16 << 20);
        blocks.push_back(block);
    }
}
