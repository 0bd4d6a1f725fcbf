#include <bits/stdc++.h>
using namespace std;

// Wrong: a FIFO cache. Neither get nor an update of a present key makes the key recent.
class LRUCache {
    int capacity;
    deque<int> order;
    unordered_map<int, int> values;

public:
    LRUCache(int capacity) : capacity(capacity) {
    }

    int get(int key) {
        auto it = values.find(key);
        return it == values.end() ? -1 : it->second;
    }

    void put(int key, int value) {
        if (!values.count(key)) order.push_back(key);
        values[key] = value;
        if ((int)values.size() > capacity) {
            values.erase(order.front());
            order.pop_front();
        }
    }
};
