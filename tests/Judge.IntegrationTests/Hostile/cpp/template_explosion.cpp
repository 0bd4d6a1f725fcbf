// Each level instantiates two of the level below, each distinct: 2^N types, far beyond any compile limit.
template <int N, int K> struct Tree {
    static constexpr long value = Tree<N - 1, 2 * K>::value + Tree<N - 1, 2 * K + 1>::value;
};
template <int K> struct Tree<0, K> {
    static constexpr long value = K;
};
int main() { return static_cast<int>(Tree<40, 0>::value); }
