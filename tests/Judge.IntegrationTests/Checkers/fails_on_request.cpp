// A checker that cannot judge some outputs: on "fail" it gives up (testlib's _fail, exit code 3) quoting the
// expected output, as a buggy checker might; any other output is accepted when it is two numbers summing to n.
#include "testlib.h"

int main(int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
    long long n = inf.readLong();
    std::string first = ouf.readToken();
    if (first == "fail") {
        std::string answer = ans.readLine();
        quitf(_fail, "cannot judge against the answer '%s'", answer.c_str());
    }
    long long b = ouf.readLong();
    if (std::stoll(first) + b != n) quitf(_wa, "the numbers do not sum to %lld", n);
    quitf(_ok, "%lld", n);
}
