// The guess interactor's protocol (examples/guess: n, then "? y" answered "<", ">" or "="), and lines that make this
// interactor do on purpose what InteractiveTests judges: "crash" (SIGSEGV), "hang" (a CPU loop), "fail" (exit 3),
// "flood" (1 MiB to the program, then "flooded"), "spin" (half a second of CPU time, then "spun").
#include "testlib.h"

#include <csignal>
#include <ctime>
#include <iostream>
#include <string>

int main(int argc, char *argv[]) {
    registerInteraction(argc, argv);
    long long n = inf.readLong();
    long long x = inf.readLong();
    std::cout << n << std::endl;
    for (int query = 1; query <= 30; query++) {
        if (ouf.seekEof()) quitf(_wa, "the program ended before guessing");
        std::string line = ouf.readLine();
        if (line == "crash") std::raise(SIGSEGV);
        if (line == "hang") for (volatile unsigned long i = 0;; i++) {}
        if (line == "fail") quitf(_fail, "asked to fail");
        if (line == "flood") {
            std::string block(1024, 'x');
            block.back() = '\n';
            for (int i = 0; i < 1024; i++) std::cout << block;
            std::cout << "flooded" << std::endl;
            continue;
        }
        if (line == "spin") {
            std::clock_t end = std::clock() + CLOCKS_PER_SEC / 2;
            while (std::clock() < end) {}
            std::cout << "spun" << std::endl;
            continue;
        }
        if (line.size() < 3 || line.compare(0, 2, "? ") != 0) quitf(_pe, "expected \"? y\"");
        long long y = std::stoll(line.substr(2));
        if (y < 1 || y > n) quitf(_wa, "query %d: %lld is not between 1 and %lld", query, y, n);
        if (y == x) {
            std::cout << "=" << std::endl;
            quitf(_ok, "found in %d queries", query);
        }
        std::cout << (x < y ? "<" : ">") << std::endl;
    }
    quitf(_wa, "more than 30 queries");
}
