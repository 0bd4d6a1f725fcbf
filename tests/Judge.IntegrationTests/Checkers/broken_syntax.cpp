// Does not compile: a missing parenthesis.
#include "testlib.h"

int main(int argc, char *argv[] {
    registerTestlibCmd(argc, argv);
    quitf(_ok, "");
}
