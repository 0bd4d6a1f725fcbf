#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<int> a(n);
    for (int &x : a) std::scanf("%d", &x);
    std::vector<char> out;
    out.reserve(1 << 21);
    char buffer[16];
    for (int i = 0; i < n; i += 10) {
        int len = std::snprintf(buffer, sizeof buffer, "%d\n", a[i]);
        out.insert(out.end(), buffer, buffer + len);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
}
