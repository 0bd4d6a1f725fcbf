import java.util.*;

// Unfinished: put stores nothing, so get always misses.
class LRUCache {

    public LRUCache(int capacity) {
        
    }
    
    public int get(int key) {
        return -1;
    }
    
    public void put(int key, int value) {
        
    }
}
