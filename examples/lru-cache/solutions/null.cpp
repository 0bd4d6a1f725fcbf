#include <bits/stdc++.h>
using namespace std;

// Unfinished: put stores nothing, so get always misses.
class LRUCache {
public:
    LRUCache(int capacity) {
    }

    int get(int key) {
        return -1;
    }

    void put(int key, int value) {
    }
};
