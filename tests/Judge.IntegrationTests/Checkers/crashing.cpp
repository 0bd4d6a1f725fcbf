// A checker with a bug: it dereferences a null pointer when the program's output starts with "crash".
#include "testlib.h"

int main(int argc, char *argv[]) {
    registerTestlibCmd(argc, argv);
    if (ouf.readToken() == "crash") {
        volatile int *nowhere = nullptr;
        *nowhere = 1;
    }
    ouf.readToken();
    quitf(_ok, "fine");
}
