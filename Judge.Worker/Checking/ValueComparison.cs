using Judge.Domain.Functions;

namespace Judge.Worker.Checking;

/// <summary>
/// Compares values parsed by <see cref="FunctionValues"/> (long, double, bool, string, and typed arrays of them): the first
/// difference as a message ("at [2]: expected 5, got 4"), doubles within the tolerances; and sorts an array's elements
/// (to a depth) into one canonical order, for comparisons where order does not matter.
/// </summary>
internal sealed class ValueComparison(double absoluteTolerance, double relativeTolerance)
{
    /// <summary>Null when <paramref name="actual"/> equals <paramref name="expected"/>; otherwise where and how they differ.</summary>
    public string? FirstDifference(object? expected, object? actual, string path)
    {
        var at = path.Length > 0 ? $"at {path}: " : "";
        switch (expected, actual)
        {
            case (Array e, Array a):
                if (e.Length != a.Length)
                {
                    return $"{at}expected {e.Length} elements, got {a.Length}";
                }
                for (var i = 0; i < e.Length; i++)
                {
                    if (FirstDifference(e.GetValue(i), a.GetValue(i), $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case (double e, double a) when !double.IsFinite(e) || !double.IsFinite(a):
                return e.Equals(a) ? null : Differ(at, e, a);  // Equals: NaN is NaN; an infinity only itself
            case (double e, double a):
                return FloatsChecker.Close(e, a, absoluteTolerance, relativeTolerance) ? null : Differ(at, e, a);
            default:
                return Equals(expected, actual) ? null : Differ(at, expected, actual);
        }
    }

    /// <summary>
    /// A copy of <paramref name="values"/> whose top <paramref name="depth"/> levels (1: the elements; 2: also each row's
    /// elements...) are in one canonical order: inner levels first, then rows compared element by element, shorter first on a tie.
    /// </summary>
    public Array Sorted(Array values, int depth)
    {
        var copy = (Array)values.Clone();
        if (depth > 1)
        {
            for (var i = 0; i < copy.Length; i++)
            {
                if (copy.GetValue(i) is Array row)
                {
                    copy.SetValue(Sorted(row, depth - 1), i);
                }
            }
        }
        System.Array.Sort(copy, Comparer<object?>.Create(Order));
        return copy;
    }

    private static int Order(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (Array a, Array b) => Lexicographic(a, b),
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => Comparer<object>.Default.Compare(x, y),
    };

    private static int Lexicographic(Array a, Array b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = Order(a.GetValue(i), b.GetValue(i));
            if (order != 0)
            {
                return order;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    private static string Differ(string at, object? expected, object? actual) =>
        $"{at}expected {FunctionValues.Format(expected)}, got {FunctionValues.Format(actual)}";
}
