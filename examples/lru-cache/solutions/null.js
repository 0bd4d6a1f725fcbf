// Unfinished: get returns undefined for a missing key.
class LRUCache {
    constructor(capacity) {
        this.cache = {};
    }

    get(key) {
        return this.cache[key];
    }

    put(key, value) {
    }
}
