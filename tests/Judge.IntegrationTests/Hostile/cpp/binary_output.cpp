// Prints every byte value 0..255, twice, and invalid UTF-8 on stderr.
#include <cstdio>

int main() {
    for (int round = 0; round < 2; round++)
        for (int b = 0; b < 256; b++) std::putchar(b);
    std::fputs("\xff\xfe\xc3\x28 not utf-8\n", stderr);
}
