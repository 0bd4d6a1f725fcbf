// Unfinished: get returns undefined for a missing key (the non-null assertion hides it from the compiler).
class LRUCache {
    private readonly cache = new Map<number, number>();

    constructor(capacity: number) {
    }

    get(key: number): number {
        return this.cache.get(key)!;
    }

    put(key: number, value: number): void {
    }
}
