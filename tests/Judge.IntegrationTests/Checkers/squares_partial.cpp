// The input holds n; the program prints the squares 1..n, one per line. Each right line is worth 1/n of the points.
#include "testlib.h"

int main(int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
    int n = inf.readInt();
    int right = 0;
    for (int i = 1; i <= n; i++) {
        long long expected = ans.readLong();
        if (ouf.seekEof()) break;
        if (ouf.readLong() == expected) right++;
    }
    if (right == n) quitf(_ok, "all %d squares", n);
    if (right == 0) quitf(_wa, "no square right");
    quitp(static_cast<double>(right) / n, "%d of %d squares", right, n);
}
