using System;
using System.Collections.Generic;
using System.Linq;

public class LRUCache
{
    private readonly int _capacity;
    private readonly LinkedList<(int Key, int Value)> _order = new(); // most recent first
    private readonly Dictionary<int, LinkedListNode<(int Key, int Value)>> _where = new();

    public LRUCache(int capacity)
    {
        _capacity = capacity;
    }

    public int Get(int key)
    {
        if (!_where.TryGetValue(key, out var node))
        {
            return -1;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value.Value;
    }

    public void Put(int key, int value)
    {
        if (_where.TryGetValue(key, out var node))
        {
            _order.Remove(node);
        }
        _where[key] = _order.AddFirst((key, value));
        if (_where.Count > _capacity)
        {
            _where.Remove(_order.Last!.Value.Key);
            _order.RemoveLast();
        }
    }
}
