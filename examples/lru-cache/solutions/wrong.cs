using System;
using System.Collections.Generic;
using System.Linq;

// Wrong: a FIFO cache. Neither Get nor an update of a present key makes the key recent.
public class LRUCache
{
    private readonly int _capacity;
    private readonly Queue<int> _order = new();
    private readonly Dictionary<int, int> _values = new();

    public LRUCache(int capacity)
    {
        _capacity = capacity;
    }

    public int Get(int key) => _values.TryGetValue(key, out var value) ? value : -1;

    public void Put(int key, int value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Enqueue(key);
        }
        _values[key] = value;
        if (_values.Count > _capacity)
        {
            _values.Remove(_order.Dequeue());
        }
    }
}
