#include <cstdio>

int main() {
    long long n;
    std::scanf("%lld", &n);
    std::printf("1 %lld\n", n - 1);
}
