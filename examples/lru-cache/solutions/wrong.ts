// Wrong: a FIFO cache. Neither get nor an update of a present key makes the key recent.
class LRUCache {
    private readonly cache = new Map<number, number>();

    constructor(private readonly capacity: number) {
    }

    get(key: number): number {
        return this.cache.get(key) ?? -1;
    }

    put(key: number, value: number): void {
        this.cache.set(key, value);
        if (this.cache.size > this.capacity) {
            this.cache.delete(this.cache.keys().next().value!);
        }
    }
}
