#include <cmath>
#include <cstdio>

int main() {
    double r;
    while (std::scanf("%lf", &r) == 1) std::printf("%.9f\n", M_PI * r * r);
}
