package main

// Wrong: a FIFO cache. Neither Get nor an update of a present key makes the key recent.
type LRUCache struct {
	capacity int
	order    []int
	values   map[int]int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}}
}

func (this *LRUCache) Get(key int) int {
	if v, ok := this.values[key]; ok {
		return v
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if _, ok := this.values[key]; !ok {
		this.order = append(this.order, key)
	}
	this.values[key] = value
	if len(this.values) > this.capacity {
		delete(this.values, this.order[0])
		this.order = this.order[1:]
	}
}
