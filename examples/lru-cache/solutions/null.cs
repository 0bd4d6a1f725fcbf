using System;
using System.Collections.Generic;
using System.Linq;

// Unfinished: Put stores nothing, so Get always misses.
public class LRUCache
{
    public LRUCache(int capacity)
    {
        
    }

    public int Get(int key)
    {
        return -1;
    }

    public void Put(int key, int value)
    {
        
    }
}
