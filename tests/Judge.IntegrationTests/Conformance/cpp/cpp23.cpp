// C++23 with GCC 14: std::println and std::ranges::to.
#include <iostream>
#include <print>
#include <ranges>
#include <vector>

int main() {
    long long a, b;
    std::cin >> a >> b;
    auto terms = std::views::iota(0, 2) | std::views::transform([&](int i) { return i == 0 ? a : b; }) | std::ranges::to<std::vector>();
    std::println("{}", terms[0] + terms[1]);
}
