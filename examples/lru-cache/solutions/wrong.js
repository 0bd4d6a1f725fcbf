// Wrong: a FIFO cache. Neither get nor an update of a present key makes the key recent.
class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.cache = new Map();
    }

    get(key) {
        return this.cache.has(key) ? this.cache.get(key) : -1;
    }

    put(key, value) {
        this.cache.set(key, value);
        if (this.cache.size > this.capacity) {
            this.cache.delete(this.cache.keys().next().value);
        }
    }
}
