// Stops itself: a stopped process uses no CPU and never exits.
#include <csignal>

int main() { raise(SIGSTOP); }
