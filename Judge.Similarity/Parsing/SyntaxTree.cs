using System.Text;

namespace Judge.Similarity.Parsing;

/// <summary>
/// A parsed program: its nodes in pre-order (index 0 is the root), each with its type, the field it fills in its parent,
/// its children and its text. Lines are 0-based here.
/// </summary>
public sealed class SyntaxTree
{
    private readonly byte[] _source;
    private readonly NativeNode[] _nodes;
    private readonly GrammarNames _names;
    private readonly int[][] _children;

    internal SyntaxTree(byte[] source, NativeNode[] nodes, GrammarNames names)
    {
        _source = source;
        _nodes = nodes;
        _names = names;
        var counts = new int[nodes.Length];
        foreach (var node in nodes)
        {
            if (node.Parent >= 0)
            {
                counts[node.Parent]++;
            }
        }
        _children = counts.Select(count => count == 0 ? [] : new int[count]).ToArray();
        Array.Clear(counts);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Parent is var parent and >= 0)
            {
                _children[parent][counts[parent]++] = i;
            }
        }
    }

    public int Count => _nodes.Length;

    /// <summary>The node type, e.g. "for_statement", or the token itself for an anonymous node, e.g. "+=".</summary>
    public string Type(int node) => _names.Symbol(_nodes[node].Symbol);

    /// <summary>The field <paramref name="node"/> fills in its parent, e.g. "condition"; empty when none.</summary>
    public string Field(int node) => _names.Field(_nodes[node].Field);

    public bool IsNamed(int node) => _nodes[node].Named != 0;

    /// <summary>A comment or another node the grammar allows anywhere.</summary>
    public bool IsExtra(int node) => _nodes[node].Extra != 0;

    public int Parent(int node) => _nodes[node].Parent;

    public IReadOnlyList<int> Children(int node) => _children[node];

    /// <summary>The first child filling <paramref name="field"/>, or -1.</summary>
    public int Child(int node, string field)
    {
        foreach (var child in _children[node])
        {
            if (Field(child) == field)
            {
                return child;
            }
        }
        return -1;
    }

    public int Line(int node) => (int)_nodes[node].StartRow;

    public int EndLine(int node) => (int)_nodes[node].EndRow;

    /// <summary>The length of <paramref name="node"/>'s text in bytes.</summary>
    public int Length(int node) => (int)(_nodes[node].EndByte - _nodes[node].StartByte);

    public string Text(int node)
    {
        var n = _nodes[node];
        return Encoding.UTF8.GetString(_source, (int)n.StartByte, (int)(n.EndByte - n.StartByte));
    }

    /// <summary>Whether <paramref name="node"/> lies inside <paramref name="ancestor"/> (or is it).</summary>
    public bool IsWithin(int node, int ancestor)
    {
        for (var current = node; current >= 0; current = _nodes[current].Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
