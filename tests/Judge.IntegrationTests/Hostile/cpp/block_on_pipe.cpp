// Reads its input, then blocks reading a pipe nobody writes to.
#include <iostream>
#include <string>
#include <unistd.h>

int main() {
    std::string all, line;
    while (std::getline(std::cin, line)) all += line;
    int p[2];
    pipe(p);
    char c;
    read(p[0], &c, 1);
}
