// Wrong on purpose: 32-bit ints overflow on the large test, so the self-check expects WRONG_ANSWER.
#include <iostream>

int main() {
    int a, b;
    std::cin >> a >> b;
    std::cout << a + b << "\n";
}
