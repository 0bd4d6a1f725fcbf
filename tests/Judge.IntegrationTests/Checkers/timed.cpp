// Accepts two numbers (the program's own interval) after spending about 80 ms of CPU time, and says when it ran: "checked <start> <end>", in ns of
// CLOCK_MONOTONIC, the clock every container shares. CpuBudgetTests reads the intervals.
#include "testlib.h"
#include <ctime>

static long long now() {
    timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char* argv[]) {
    registerTestlibCmd(argc, argv);
    long long start = now();
    volatile unsigned long long sink = 0;
    while (clock() < CLOCKS_PER_SEC / 1000 * 80) {
        sink = sink + 1;
    }
    ouf.readLong();
    ouf.readLong();
    quitf(_ok, "checked %lld %lld", start, now());
}
