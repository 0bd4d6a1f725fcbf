// A checker with a bug: it dereferences a null pointer on every test.
#include "testlib.h"

int main(int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
    volatile int *nowhere = nullptr;
    *nowhere = inf.readInt();
    quitf(_ok, "unreachable");
}
