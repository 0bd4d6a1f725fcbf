// The input holds n; the program prints two positive integers that sum to n. Many answers are right, so the
// expected output (one of them) is only checked to be well formed.
#include "testlib.h"

int main(int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
    long long n = inf.readLong();
    long long a = ouf.readLong();
    long long b = ouf.readLong();
    if (a <= 0 || b <= 0) quitf(_wa, "both numbers must be positive, got %lld and %lld", a, b);
    if (a + b != n) quitf(_wa, "%lld + %lld is %lld, not %lld", a, b, a + b, n);
    long long answerA = ans.readLong(), answerB = ans.readLong();
    ensuref(answerA + answerB == n, "the expected output %lld %lld does not sum to %lld", answerA, answerB, n);
    quitf(_ok, "%lld = %lld + %lld", n, a, b);
}
