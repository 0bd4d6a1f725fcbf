// Guess the number. The input holds n and the secret x; the program gets n, then asks "? y" and is answered "<"
// (x < y), ">" (x > y) or "=" (found, and the interaction ends). At most 30 queries: enough for a binary search, as
// 2^30 > 10^9. tout gets the number of queries.
#include "testlib.h"

#include <iostream>
#include <string>

const int MaxQueries = 30;

const char *queries(int count) { return count == 1 ? "query" : "queries"; }

// The query "? y" (spaces around y allowed), or fails with a message quoting the line.
long long parseQuery(const std::string &line, int query, long long n) {
    std::string shown = line.size() > 40 ? line.substr(0, 40) + "..." : line;
    size_t pos = 0, end = line.size();
    while (end > 0 && std::isspace(static_cast<unsigned char>(line[end - 1]))) end--;
    bool valid = end > 0 && line[0] == '?';
    pos = 1;
    while (valid && pos < end && line[pos] == ' ') pos++;
    size_t digits = pos;
    while (valid && pos < end && std::isdigit(static_cast<unsigned char>(line[pos]))) pos++;
    valid = valid && pos > digits && pos == end && pos - digits <= 18;
    if (!valid) quitf(_pe, "query %d: expected \"? y\" with a whole number y, got \"%s\"", query, shown.c_str());
    long long y = std::stoll(line.substr(digits, pos - digits));
    if (y < 1 || y > n) quitf(_wa, "query %d: %lld is not between 1 and n = %lld", query, y, n);
    return y;
}

int main(int argc, char *argv[]) {
    registerInteraction(argc, argv);
    long long n = inf.readLong();
    long long x = inf.readLong();
    ensuref(1 <= x && x <= n && n <= 1000000000, "the input needs 1 <= x <= n <= 10^9, got n = %lld, x = %lld", n, x);
    std::cout << n << std::endl;
    for (int query = 1;; query++) {
        if (ouf.seekEof()) quitf(_wa, "the program ended before guessing (after %d %s)", query - 1, queries(query - 1));
        std::string line = ouf.readLine();
        if (query > MaxQueries) quitf(_wa, "more than %d queries", MaxQueries);
        long long y = parseQuery(line, query, n);
        if (y == x) {
            std::cout << "=" << std::endl;
            tout << query << std::endl;
            quitf(_ok, "found %lld in %d %s", x, query, queries(query));
        }
        std::cout << (x < y ? "<" : ">") << std::endl;
    }
}
