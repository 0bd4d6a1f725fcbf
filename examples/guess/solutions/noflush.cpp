// Binary search with the fast-input idiom of a non-interactive problem: cin untied from cout and "\n" instead of
// std::endl, so the query stays in cout's buffer while the program waits for the reply, and the interactor waits for
// the query: TIME_LIMIT_EXCEEDED (waiting for input).
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long n;
    std::cin >> n;
    long long lo = 1, hi = n;
    while (true) {
        long long mid = lo + (hi - lo) / 2;
        std::cout << "? " << mid << "\n";
        std::string reply;
        std::cin >> reply;
        if (reply == "=") return 0;
        if (reply == "<") hi = mid - 1;
        else lo = mid + 1;
    }
}
