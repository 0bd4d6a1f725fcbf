// Sleeps forever: no CPU time, so only the wall clock can end it.
#include <unistd.h>

int main() { for (;;) pause(); }
