class LRUCache {
    private readonly cache = new Map<number, number>(); // iteration order: least recent first

    constructor(private readonly capacity: number) {
    }

    get(key: number): number {
        const value = this.cache.get(key);
        if (value === undefined) return -1;
        this.cache.delete(key);
        this.cache.set(key, value);
        return value;
    }

    put(key: number, value: number): void {
        this.cache.delete(key);
        this.cache.set(key, value);
        if (this.cache.size > this.capacity) {
            this.cache.delete(this.cache.keys().next().value!);
        }
    }
}
