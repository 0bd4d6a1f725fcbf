// The judge's harness (generated; the candidate's code is in {{solution_file}}): reads the arguments of
// {{function}}({{parameter_names}}) from stdin, one JSON value per line, calls the method once and writes its
// return value (a void method's in-place argument after the call) as one JSON value to {{result_path}}, never to
// stdout. One top-level class, JudgeHarness, and framework types named with global::, so the candidate's own types
// (File, Reader, Pair...) cannot clash with them.
#nullable disable

internal static class JudgeHarness
{
{{#function}}
    private static int Main()
    {
        var judgeIn = In.FromStdin();
        try
        {
            {{read_arguments}}
            judgeIn.End({{parameter_count}});
            // The call and the write are on lines 9001 and 9002 for the compiler: a diagnostic there tells which part of
            // the candidate's declaration differs from the signature (HarnessDiagnostics).
#line 9001
            {{when_value}}var result = new Solution().{{function}}({{arguments}});
            {{when_void}}new Solution().{{function}}({{arguments}});
#line default
            global::System.Console.Out.Flush();
            using (var judgeOut = new Out("{{result_path}}"))
            {
#line 9002
                judgeOut.Write{{return_kind}}({{judged}});
#line default
            }
        }
        catch (In.MalformedException e)
        {
            global::System.Console.Out.Flush();
            global::System.Console.Error.WriteLine("cannot read the arguments: " + e.Message);
            return 1;
        }
        global::System.Console.Out.Flush();
        return 0;
    }
{{/function}}
{{#design}}
    // A design problem: line 1 the calls' names (the class's first), line 2 their argument lists; one JSON array of
    // results, null for the constructor and void methods.
    private static int Main()
    {
        var judgeIn = In.FromStdin();
        try
        {
            var judgeCalls = judgeIn.ReadStringArray("calls");
            judgeIn.Calls();
            {{class}} judgeObject;
            {
                judgeIn.Call();
                {{constructor_read_arguments}}
                judgeIn.EndCall();
#line 9090
                judgeObject = new {{class}}({{constructor_arguments}});
#line default
            }
            using (var judgeOut = new Out("{{result_path}}"))
            {
                judgeOut.Raw("[null"u8);
                for (var judgeK = 1; judgeK < judgeCalls.Length; judgeK++)
                {
                    judgeIn.Call();
                    judgeOut.Raw(","u8);
                    switch (judgeCalls[judgeK])
                    {
{{#methods}}
                        case "{{method_name}}":
                        {
                            {{method_read_arguments}}
                            judgeIn.EndCall();
#line 91{{method_index}}0
                            {{when_value}}var result = judgeObject.{{method}}({{method_arguments}});
                            {{when_void}}judgeObject.{{method}}({{method_arguments}});
#line default
                            {{when_value}}judgeOut.Write{{method_return_kind}}(result);
                            {{when_void}}judgeOut.Raw("null"u8);
                            break;
                        }
{{/methods}}
                        default:
                            throw new In.MalformedException($"call {judgeK + 1}: no method {judgeCalls[judgeK]}");
                    }
                }
                judgeIn.EndCalls(judgeCalls.Length);
                judgeOut.Raw("]"u8);
                global::System.Console.Out.Flush();
            }
        }
        catch (In.MalformedException e)
        {
            global::System.Console.Out.Flush();
            global::System.Console.Error.WriteLine("cannot read the calls: " + e.Message);
            return 1;
        }
        global::System.Console.Out.Flush();
        return 0;
    }
{{/design}}

    /// <summary>The arguments: all of stdin, parsed from its bytes. Whitespace may stand between any two tokens.</summary>
    internal sealed class In(byte[] input, int length)
    {
        /// <summary>An argument that does not parse as its parameter's type.</summary>
        internal sealed class MalformedException(string message) : global::System.Exception(message);

        private static readonly double[] Powers =
        [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
            1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];

        private readonly byte[] _b = input;
        private readonly int _n = length;
        private int _p;
        private string _name = "";
        private int _index;

        /// <summary>
        /// All of stdin in one array: sized from the file's length when stdin is a file (as a test's input is), grown by
        /// doubling otherwise (a pipe).
        /// </summary>
        public static In FromStdin()
        {
            using var stdin = new global::System.IO.FileStream(
                new global::Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), global::System.IO.FileAccess.Read, 0);
            var size = stdin.CanSeek ? stdin.Length - stdin.Position : 0;
            var buffer = new byte[size is > 0 and < int.MaxValue - 1 ? size + 1 : 1 << 16];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    global::System.Array.Resize(ref buffer, buffer.Length * 2);
                }
                var read = stdin.Read(buffer, length, buffer.Length - length);
                if (read <= 0)
                {
                    return new In(buffer, length);
                }
                length += read;
            }
        }

        // One method per kind ({Kind} of the ReadArgument pattern): each reads one line's value.
        public int ReadInt(string parameter) { Begin(parameter); var v = Integer(); Finish(); return v; }
        public long ReadLong(string parameter) { Begin(parameter); var v = Long64(); Finish(); return v; }
        public double ReadDouble(string parameter) { Begin(parameter); var v = Real(); Finish(); return v; }
        public bool ReadBool(string parameter) { Begin(parameter); var v = Bool(); Finish(); return v; }
        public string ReadString(string parameter) { Begin(parameter); var v = String(); Finish(); return v; }
        public int[] ReadIntArray(string parameter) { Begin(parameter); var v = Array<int, IntElement>(); Finish(); return v; }
        public long[] ReadLongArray(string parameter) { Begin(parameter); var v = Array<long, LongElement>(); Finish(); return v; }
        public double[] ReadDoubleArray(string parameter) { Begin(parameter); var v = Array<double, DoubleElement>(); Finish(); return v; }
        public bool[] ReadBoolArray(string parameter) { Begin(parameter); var v = Array<bool, BoolElement>(); Finish(); return v; }
        public string[] ReadStringArray(string parameter) { Begin(parameter); var v = Array<string, StringElement>(); Finish(); return v; }
        public int[][] ReadIntArray2D(string parameter) { Begin(parameter); var v = Array<int[], RowElement<int, IntElement>>(); Finish(); return v; }
        public long[][] ReadLongArray2D(string parameter) { Begin(parameter); var v = Array<long[], RowElement<long, LongElement>>(); Finish(); return v; }
        public double[][] ReadDoubleArray2D(string parameter) { Begin(parameter); var v = Array<double[], RowElement<double, DoubleElement>>(); Finish(); return v; }
        public bool[][] ReadBoolArray2D(string parameter) { Begin(parameter); var v = Array<bool[], RowElement<bool, BoolElement>>(); Finish(); return v; }
        public string[][] ReadStringArray2D(string parameter) { Begin(parameter); var v = Array<string[], RowElement<string, StringElement>>(); Finish(); return v; }
        public char ReadChar(string parameter) { Begin(parameter); var v = Char(); Finish(); return v; }
        public char[] ReadCharArray(string parameter) { Begin(parameter); var v = Array<char, CharElement>(); Finish(); return v; }
        public char[][] ReadCharArray2D(string parameter) { Begin(parameter); var v = Array<char[], RowElement<char, CharElement>>(); Finish(); return v; }
        public int[][][] ReadIntArray3D(string parameter) { Begin(parameter); var v = Array<int[][], RowElement<int[], RowElement<int, IntElement>>>(); Finish(); return v; }
        public long[][][] ReadLongArray3D(string parameter) { Begin(parameter); var v = Array<long[][], RowElement<long[], RowElement<long, LongElement>>>(); Finish(); return v; }
        public double[][][] ReadDoubleArray3D(string parameter) { Begin(parameter); var v = Array<double[][], RowElement<double[], RowElement<double, DoubleElement>>>(); Finish(); return v; }
        public bool[][][] ReadBoolArray3D(string parameter) { Begin(parameter); var v = Array<bool[][], RowElement<bool[], RowElement<bool, BoolElement>>>(); Finish(); return v; }
        public string[][][] ReadStringArray3D(string parameter) { Begin(parameter); var v = Array<string[][], RowElement<string[], RowElement<string, StringElement>>>(); Finish(); return v; }
        public char[][][] ReadCharArray3D(string parameter) { Begin(parameter); var v = Array<char[][], RowElement<char[], RowElement<char, CharElement>>>(); Finish(); return v; }

{{#nodes}}
        public ListNode ReadListNode(string parameter) { Begin(parameter); var v = ListNodeValue(); Finish(); return v; }
        public TreeNode ReadTreeNode(string parameter) { Begin(parameter); var v = TreeNodeValue(); Finish(); return v; }
        public ListNode[] ReadListNodeArray(string parameter) { Begin(parameter); var v = Array<ListNode, ListNodeElement>(); Finish(); return v; }
        public TreeNode[] ReadTreeNodeArray(string parameter) { Begin(parameter); var v = Array<TreeNode, TreeNodeElement>(); Finish(); return v; }

        /// <summary>A list: the JSON array of its values ([] the null list).</summary>
        private ListNode ListNodeValue()
        {
            var values = Array<int, IntElement>();
            ListNode head = null;
            for (var i = values.Length - 1; i >= 0; i--)
            {
                head = new ListNode(values[i], head);
            }
            return head;
        }

        /// <summary>A tree in level order, null for a missing child ([] the null tree).</summary>
        private TreeNode TreeNodeValue()
        {
            var level = Array<TreeNode, NullableNodeElement>();
            if (level.Length == 0 || level[0] == null)
            {
                if (level.Length > 1)
                {
                    throw Fail("a tree whose root is null has no other node");
                }
                return null;
            }
            var child = 1;
            for (var i = 0; i < level.Length && child < level.Length; i++)
            {
                if (level[i] == null)
                {
                    continue;
                }
                level[i].left = level[child++];
                if (child < level.Length)
                {
                    level[i].right = level[child++];
                }
            }
            if (child < level.Length)
            {
                throw Fail("a node has no parent in the level order");
            }
            return level[0];
        }

        private TreeNode NullableNode()
        {
            Skip();
            if (Word(_p, "null"u8))
            {
                _p += 4;
                return null;
            }
            return new TreeNode(Integer());
        }

        private struct ListNodeElement : IElement<ListNode> { public ListNode Read(In input) => input.ListNodeValue(); }
        private struct TreeNodeElement : IElement<TreeNode> { public TreeNode Read(In input) => input.TreeNodeValue(); }
        private struct NullableNodeElement : IElement<TreeNode> { public TreeNode Read(In input) => input.NullableNode(); }
{{/nodes}}

        // A design problem's calls: the second line is an array of argument lists; items are read from the current one.
        private int _items;

        public void Calls()
        {
            Begin("calls");
            if (_p >= _n || _b[_p] != '[') throw Fail("expected an array");
            _p++;
            _items = -1;
        }

        public void Call()
        {
            Skip();
            if (_items >= 0)
            {
                if (_p >= _n || _b[_p] != ',') throw Fail("expected ',' (fewer argument lists than calls)");
                _p++;
                Skip();
            }
            if (_p >= _n || _b[_p] != '[') throw Fail("expected an argument list");
            _p++;
            _items = 0;
        }

        public void EndCall()
        {
            Skip();
            if (_p >= _n || _b[_p] != ']') throw Fail("expected ']' (more arguments than the method takes)");
            _p++;
        }

        public void EndCalls(int count)
        {
            Skip();
            if (_p >= _n || _b[_p] != ']') throw Fail($"more argument lists than the {count} calls");
            _p++;
            Finish();
            End(2);
        }

        private void Item(string parameter)
        {
            _name = parameter;
            Skip();
            if (_items++ > 0)
            {
                if (_p >= _n || _b[_p] != ',') throw Fail("expected ',' (fewer arguments than the method takes)");
                _p++;
            }
        }

        public int ItemInt(string parameter) { Item(parameter); return Integer(); }
        public long ItemLong(string parameter) { Item(parameter); return Long64(); }
        public double ItemDouble(string parameter) { Item(parameter); return Real(); }
        public bool ItemBool(string parameter) { Item(parameter); return Bool(); }
        public string ItemString(string parameter) { Item(parameter); return String(); }
        public char ItemChar(string parameter) { Item(parameter); return Char(); }
{{#nodes}}
        public ListNode ItemListNode(string parameter) { Item(parameter); return ListNodeValue(); }
        public TreeNode ItemTreeNode(string parameter) { Item(parameter); return TreeNodeValue(); }
        public ListNode[] ItemListNodeArray(string parameter) { Item(parameter); return Array<ListNode, ListNodeElement>(); }
        public TreeNode[] ItemTreeNodeArray(string parameter) { Item(parameter); return Array<TreeNode, TreeNodeElement>(); }
{{/nodes}}
        public int[] ItemIntArray(string parameter) { Item(parameter); return Array<int, IntElement>(); }
        public int[][] ItemIntArray2D(string parameter) { Item(parameter); return Array<int[], RowElement<int, IntElement>>(); }
        public int[][][] ItemIntArray3D(string parameter) { Item(parameter); return Array<int[][], RowElement<int[], RowElement<int, IntElement>>>(); }
        public long[] ItemLongArray(string parameter) { Item(parameter); return Array<long, LongElement>(); }
        public long[][] ItemLongArray2D(string parameter) { Item(parameter); return Array<long[], RowElement<long, LongElement>>(); }
        public long[][][] ItemLongArray3D(string parameter) { Item(parameter); return Array<long[][], RowElement<long[], RowElement<long, LongElement>>>(); }
        public double[] ItemDoubleArray(string parameter) { Item(parameter); return Array<double, DoubleElement>(); }
        public double[][] ItemDoubleArray2D(string parameter) { Item(parameter); return Array<double[], RowElement<double, DoubleElement>>(); }
        public double[][][] ItemDoubleArray3D(string parameter) { Item(parameter); return Array<double[][], RowElement<double[], RowElement<double, DoubleElement>>>(); }
        public bool[] ItemBoolArray(string parameter) { Item(parameter); return Array<bool, BoolElement>(); }
        public bool[][] ItemBoolArray2D(string parameter) { Item(parameter); return Array<bool[], RowElement<bool, BoolElement>>(); }
        public bool[][][] ItemBoolArray3D(string parameter) { Item(parameter); return Array<bool[][], RowElement<bool[], RowElement<bool, BoolElement>>>(); }
        public string[] ItemStringArray(string parameter) { Item(parameter); return Array<string, StringElement>(); }
        public string[][] ItemStringArray2D(string parameter) { Item(parameter); return Array<string[], RowElement<string, StringElement>>(); }
        public string[][][] ItemStringArray3D(string parameter) { Item(parameter); return Array<string[][], RowElement<string[], RowElement<string, StringElement>>>(); }
        public char[] ItemCharArray(string parameter) { Item(parameter); return Array<char, CharElement>(); }
        public char[][] ItemCharArray2D(string parameter) { Item(parameter); return Array<char[], RowElement<char, CharElement>>(); }
        public char[][][] ItemCharArray3D(string parameter) { Item(parameter); return Array<char[][], RowElement<char[], RowElement<char, CharElement>>>(); }

        // An array's element reader as a struct type argument: the JIT compiles Array once per element type with the
        // element's parser inlined (a delegate per element would cost a call each).
        private interface IElement<T> { T Read(In input); }
        private struct IntElement : IElement<int> { public int Read(In input) => input.Integer(); }
        private struct LongElement : IElement<long> { public long Read(In input) => input.Long64(); }
        private struct DoubleElement : IElement<double> { public double Read(In input) => input.Real(); }
        private struct BoolElement : IElement<bool> { public bool Read(In input) => input.Bool(); }
        private struct StringElement : IElement<string> { public string Read(In input) => input.String(); }
        private struct CharElement : IElement<char> { public char Read(In input) => input.Char(); }
        private struct RowElement<T, TElement> : IElement<T[]> where TElement : struct, IElement<T>
        {
            public T[] Read(In input) => input.Array<T, TElement>();
        }

        /// <summary>After the last argument only whitespace may follow.</summary>
        public void End(int count)
        {
            _name = "";
            Skip();
            if (_p < _n)
            {
                throw Fail($"more input than the {count} argument(s)");
            }
        }

        private void Begin(string parameter)
        {
            _name = parameter;
            _index++;
            Skip();
            if (_p >= _n)
            {
                throw Fail("no value (the input ends)");
            }
        }

        /// <summary>A value is alone on its line: spaces may follow it, then the end of the line or of the input.</summary>
        private void Finish()
        {
            while (_p < _n && _b[_p] is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                _p++;
            }
            if (_p < _n && _b[_p] != '\n')
            {
                throw Fail($"unexpected '{(char)_b[_p]}' after the value");
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void Skip()
        {
            while (_p < _n && _b[_p] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                _p++;
            }
        }

        /// <summary>A JSON array of elements read by <typeparamref name="TElement"/>, grown by doubling.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private T[] Array<T, TElement>() where TElement : struct, IElement<T>
        {
            Skip();
            if (_p >= _n || _b[_p] != '[')
            {
                throw Fail("expected an array");
            }
            _p++;
            Skip();
            if (_p < _n && _b[_p] == ']')
            {
                _p++;
                return [];
            }
            var a = new T[16];
            var k = 0;
            while (true)
            {
                if (k == a.Length)
                {
                    global::System.Array.Resize(ref a, 2 * k);
                }
                a[k++] = default(TElement).Read(this);
                Skip();
                if (_p < _n && _b[_p] == ',')
                {
                    _p++;
                    continue;
                }
                if (_p < _n && _b[_p] == ']')
                {
                    _p++;
                    break;
                }
                throw Fail("expected ',' or ']'");
            }
            if (k != a.Length)
            {
                global::System.Array.Resize(ref a, k);
            }
            return a;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private int Integer()
        {
            Skip();
            var b = _b;
            var i = _p;
            var negative = i < _n && b[i] == '-';
            if (negative)
            {
                i++;
            }
            var start = i;
            long v = 0;
            while (i < _n)
            {
                var d = (uint)(b[i] - '0');
                if (d > 9)
                {
                    break;
                }
                v = v * 10 + d;
                if (++i - start > 10)
                {
                    throw Fail("the integer is out of the 32-bit range");
                }
            }
            if (i == start || (i < _n && b[i] is (byte)'.' or (byte)'e' or (byte)'E'))
            {
                throw Fail("expected an integer");
            }
            v = negative ? -v : v;
            if (v != (int)v)
            {
                throw Fail($"the integer {v} is out of the 32-bit range");
            }
            _p = i;
            return (int)v;
        }

        /// <summary>A JSON integer (no fraction, no exponent) in the 64-bit range, accumulated negatively.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private long Long64()
        {
            Skip();
            var b = _b;
            var i = _p;
            var negative = i < _n && b[i] == '-';
            if (negative)
            {
                i++;
            }
            var start = i;
            var limit = negative ? long.MinValue : -long.MaxValue;
            long v = 0;
            while (i < _n)
            {
                var d = b[i] - '0';
                if ((uint)d > 9)
                {
                    break;
                }
                if (v < long.MinValue / 10 || v * 10 < limit + d)
                {
                    throw Fail("the integer is out of the 64-bit range");
                }
                v = v * 10 - d;
                i++;
            }
            if (i == start || (i < _n && b[i] is (byte)'.' or (byte)'e' or (byte)'E'))
            {
                throw Fail("expected an integer");
            }
            _p = i;
            return negative ? v : -v;
        }

        /// <summary>
        /// A JSON number (or NaN, Infinity, -Infinity). Up to 19 significant digits with a power of ten up to 22 are
        /// converted exactly when the digits fit in 53 bits (one correctly rounded operation); anything else by
        /// double.Parse, which rounds correctly.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private double Real()
        {
            Skip();
            var b = _b;
            int start = _p, i = _p;
            var negative = i < _n && b[i] == '-';
            if (negative)
            {
                i++;
            }
            if (i < _n && b[i] is (byte)'N' or (byte)'I')
            {
                if (!negative && Word(i, "NaN"u8)) { _p = i + 3; return double.NaN; }
                if (Word(i, "Infinity"u8)) { _p = i + 8; return negative ? double.NegativeInfinity : double.PositiveInfinity; }
                throw Fail("expected a number");
            }
            ulong m = 0;
            int digits = 0, exponent = 0, intDigits = 0;
            var exact = true;
            for (; i < _n; i++, intDigits++)
            {
                var d = b[i] - '0';
                if ((uint)d > 9) break;
                if (digits < 19) { m = m * 10 + (ulong)d; if (m != 0) digits++; }
                else { exponent++; exact &= d == 0; }
            }
            if (intDigits == 0)
            {
                throw Fail("expected a number");
            }
            if (i < _n && b[i] == '.')
            {
                var fraction = 0;
                for (i++; i < _n; i++, fraction++)
                {
                    var d = b[i] - '0';
                    if ((uint)d > 9) break;
                    if (digits < 19) { m = m * 10 + (ulong)d; if (m != 0) digits++; exponent--; }
                    else exact &= d == 0;
                }
                if (fraction == 0)
                {
                    throw Fail("expected a digit after '.'");
                }
            }
            if (i < _n && b[i] is (byte)'e' or (byte)'E')
            {
                i++;
                var negativeExponent = i < _n && b[i] == '-';
                if (i < _n && b[i] is (byte)'-' or (byte)'+') i++;
                int e = 0, expDigits = 0;
                for (; i < _n; i++, expDigits++)
                {
                    var d = b[i] - '0';
                    if ((uint)d > 9) break;
                    if (e < 100_000_000) e = e * 10 + d;
                }
                if (expDigits == 0)
                {
                    throw Fail("expected a digit in the exponent");
                }
                exponent += negativeExponent ? -e : e;
            }
            _p = i;
            if (exact && m < 1UL << 53 && exponent is >= -22 and <= 22)
            {
                var v = exponent >= 0 ? m * Powers[exponent] : m / Powers[-exponent];
                return negative ? -v : v;
            }
            return double.Parse(b.AsSpan(start, i - start), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture);
        }

        private bool Bool()
        {
            Skip();
            if (Word(_p, "true"u8)) { _p += 4; return true; }
            if (Word(_p, "false"u8)) { _p += 5; return false; }
            throw Fail("expected true or false");
        }

        private bool Word(int at, global::System.ReadOnlySpan<byte> word) =>
            at + word.Length <= _n && global::System.MemoryExtensions.SequenceEqual(_b.AsSpan(at, word.Length), word);

        /// <summary>A JSON string: UTF-8 between the quotes, with escapes (\uXXXX pairs make one supplementary character).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private string String()
        {
            Skip();
            if (_p >= _n || _b[_p] != '"')
            {
                throw Fail("expected a string");
            }
            var utf8 = global::System.Text.Encoding.UTF8;
            var i = ++_p;
            var end = global::System.MemoryExtensions.IndexOfAny(_b.AsSpan(i, _n - i), (byte)'"', (byte)'\\');
            if (end < 0)
            {
                throw Fail("the string does not end");
            }
            i += end;
            if (_b[i] == '"')
            {
                var s = utf8.GetString(_b, _p, i - _p);
                _p = i + 1;
                return s;
            }
            var text = new global::System.Text.StringBuilder(i - _p + 16);
            var run = _p;
            while (true)
            {
                if (i >= _n)
                {
                    throw Fail("the string does not end");
                }
                var c = _b[i];
                if (c == '"')
                {
                    break;
                }
                if (c != '\\')
                {
                    i++;
                    continue;
                }
                if (i > run)
                {
                    text.Append(utf8.GetString(_b, run, i - run));
                }
                if (i + 1 >= _n)
                {
                    throw Fail("the string does not end");
                }
                var e = _b[i + 1];
                i += 2;
                switch (e)
                {
                    case (byte)'"': text.Append('"'); break;
                    case (byte)'\\': text.Append('\\'); break;
                    case (byte)'/': text.Append('/'); break;
                    case (byte)'b': text.Append('\b'); break;
                    case (byte)'f': text.Append('\f'); break;
                    case (byte)'n': text.Append('\n'); break;
                    case (byte)'r': text.Append('\r'); break;
                    case (byte)'t': text.Append('\t'); break;
                    case (byte)'u':
                        if (i + 4 > _n || !int.TryParse(_b.AsSpan(i, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture, out var unit))
                        {
                            throw Fail("expected four hex digits after \\u");
                        }
                        text.Append((char)unit);
                        i += 4;
                        break;
                    default:
                        _p = i - 1;
                        throw Fail($"unknown escape \\{(char)e}");
                }
                run = i;
            }
            if (i > run)
            {
                text.Append(utf8.GetString(_b, run, i - run));
            }
            _p = i + 1;
            return text.ToString();
        }

        /// <summary>A char: a JSON string of exactly one character.</summary>
        private char Char()
        {
            var at = _p;
            var s = String();
            if (s.Length != 1)
            {
                _p = at;
                throw Fail("expected a string of one character");
            }
            return s[0];
        }

        private MalformedException Fail(string what)
        {
            int line = 1, column = 1;
            for (var j = 0; j < _p && j < _n; j++)
            {
                if (_b[j] == '\n') { line++; column = 1; } else { column++; }
            }
            var where = _name.Length == 0 ? $"line {line}" : $"argument {_index} ({_name}), line {line} column {column}";
            return new MalformedException($"{where}: {what}");
        }
    }

    /// <summary>The return value as JSON, buffered, to the result file.</summary>
    internal sealed class Out(string path) : global::System.IDisposable
    {
        private readonly global::System.IO.FileStream _file = new(path, global::System.IO.FileMode.Create, global::System.IO.FileAccess.Write, global::System.IO.FileShare.None, 1);
        private readonly byte[] _buf = new byte[1 << 16];
        private int _len;

        // One method per kind of return value: Write + the return kind (IntArray...).
        public void WriteInt(int v) { Room(11); Number(v); }
        public void WriteLong(long v) { Room(20); Number(v); }
        public void WriteDouble(double v) { Real(v); }
        public void WriteBool(bool v) { Ascii(v ? "true"u8 : "false"u8); }
        public void WriteString(string v) { String(v); }
        public void WriteIntArray(int[] a) { Array(a, x => { Room(11); Number(x); }); }
        public void WriteLongArray(long[] a) { Array(a, x => { Room(20); Number(x); }); }
        public void WriteDoubleArray(double[] a) { Array(a, Real); }
        public void WriteBoolArray(bool[] a) { Array(a, WriteBool); }
        public void WriteStringArray(string[] a) { Array(a, String); }
        public void WriteChar(char v) { String(v.ToString()); }
        public void WriteCharArray(char[] a) { Array(a, WriteChar); }
        public void WriteInt(int? v) { if (v is { } x) WriteInt(x); else Ascii("null"u8); }
        public void WriteLong(long? v) { if (v is { } x) WriteLong(x); else Ascii("null"u8); }
        public void WriteDouble(double? v) { if (v is { } x) WriteDouble(x); else Ascii("null"u8); }
        public void WriteBool(bool? v) { if (v is { } x) WriteBool(x); else Ascii("null"u8); }
        public void WriteChar(char? v) { if (v is { } x) WriteChar(x); else Ascii("null"u8); }

        // Arrays of arrays; the candidate's collections where the signature says an array (any IEnumerable: List<int>,
        // IList<IList<string>>, List<int[]>...); and an argument judged after the call (a void function's in-place
        // parameter), as the candidate saw it.
        public void WriteIntArray2D(int[][] a) { Array(a, WriteIntArray); }
        public void WriteIntArray3D(int[][][] a) { Array(a, WriteIntArray2D); }
        public void WriteIntArray(global::System.Collections.Generic.IEnumerable<int> a) { Sequence(a, WriteInt); }
        public void WriteIntArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<int>> a) { Sequence(a, WriteIntArray); }
        public void WriteIntArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<int>>> a) { Sequence(a, WriteIntArray2D); }
        public void WriteIntArray(Array1<int> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<int> list) WriteIntArray(list); else WriteIntArray(a.Items); }
        public void WriteIntArray2D(Array2<int> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<int>> list) WriteIntArray2D(list); else WriteIntArray2D(a.Items); }
        public void WriteIntArray3D(Array3<int> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<int>>> list) WriteIntArray3D(list); else WriteIntArray3D(a.Items); }
        public void WriteLongArray2D(long[][] a) { Array(a, WriteLongArray); }
        public void WriteLongArray3D(long[][][] a) { Array(a, WriteLongArray2D); }
        public void WriteLongArray(global::System.Collections.Generic.IEnumerable<long> a) { Sequence(a, WriteLong); }
        public void WriteLongArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<long>> a) { Sequence(a, WriteLongArray); }
        public void WriteLongArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<long>>> a) { Sequence(a, WriteLongArray2D); }
        public void WriteLongArray(Array1<long> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<long> list) WriteLongArray(list); else WriteLongArray(a.Items); }
        public void WriteLongArray2D(Array2<long> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<long>> list) WriteLongArray2D(list); else WriteLongArray2D(a.Items); }
        public void WriteLongArray3D(Array3<long> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<long>>> list) WriteLongArray3D(list); else WriteLongArray3D(a.Items); }
        public void WriteDoubleArray2D(double[][] a) { Array(a, WriteDoubleArray); }
        public void WriteDoubleArray3D(double[][][] a) { Array(a, WriteDoubleArray2D); }
        public void WriteDoubleArray(global::System.Collections.Generic.IEnumerable<double> a) { Sequence(a, WriteDouble); }
        public void WriteDoubleArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<double>> a) { Sequence(a, WriteDoubleArray); }
        public void WriteDoubleArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<double>>> a) { Sequence(a, WriteDoubleArray2D); }
        public void WriteDoubleArray(Array1<double> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<double> list) WriteDoubleArray(list); else WriteDoubleArray(a.Items); }
        public void WriteDoubleArray2D(Array2<double> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<double>> list) WriteDoubleArray2D(list); else WriteDoubleArray2D(a.Items); }
        public void WriteDoubleArray3D(Array3<double> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<double>>> list) WriteDoubleArray3D(list); else WriteDoubleArray3D(a.Items); }
        public void WriteBoolArray2D(bool[][] a) { Array(a, WriteBoolArray); }
        public void WriteBoolArray3D(bool[][][] a) { Array(a, WriteBoolArray2D); }
        public void WriteBoolArray(global::System.Collections.Generic.IEnumerable<bool> a) { Sequence(a, WriteBool); }
        public void WriteBoolArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<bool>> a) { Sequence(a, WriteBoolArray); }
        public void WriteBoolArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<bool>>> a) { Sequence(a, WriteBoolArray2D); }
        public void WriteBoolArray(Array1<bool> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<bool> list) WriteBoolArray(list); else WriteBoolArray(a.Items); }
        public void WriteBoolArray2D(Array2<bool> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<bool>> list) WriteBoolArray2D(list); else WriteBoolArray2D(a.Items); }
        public void WriteBoolArray3D(Array3<bool> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<bool>>> list) WriteBoolArray3D(list); else WriteBoolArray3D(a.Items); }
        public void WriteStringArray2D(string[][] a) { Array(a, WriteStringArray); }
        public void WriteStringArray3D(string[][][] a) { Array(a, WriteStringArray2D); }
        public void WriteStringArray(global::System.Collections.Generic.IEnumerable<string> a) { Sequence(a, WriteString); }
        public void WriteStringArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<string>> a) { Sequence(a, WriteStringArray); }
        public void WriteStringArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<string>>> a) { Sequence(a, WriteStringArray2D); }
        public void WriteStringArray(Array1<string> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<string> list) WriteStringArray(list); else WriteStringArray(a.Items); }
        public void WriteStringArray2D(Array2<string> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<string>> list) WriteStringArray2D(list); else WriteStringArray2D(a.Items); }
        public void WriteStringArray3D(Array3<string> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<string>>> list) WriteStringArray3D(list); else WriteStringArray3D(a.Items); }
        public void WriteCharArray2D(char[][] a) { Array(a, WriteCharArray); }
        public void WriteCharArray3D(char[][][] a) { Array(a, WriteCharArray2D); }
        public void WriteCharArray(global::System.Collections.Generic.IEnumerable<char> a) { Sequence(a, WriteChar); }
        public void WriteCharArray2D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<char>> a) { Sequence(a, WriteCharArray); }
        public void WriteCharArray3D(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<char>>> a) { Sequence(a, WriteCharArray2D); }
        public void WriteCharArray(Array1<char> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<char> list) WriteCharArray(list); else WriteCharArray(a.Items); }
        public void WriteCharArray2D(Array2<char> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<char>> list) WriteCharArray2D(list); else WriteCharArray2D(a.Items); }
        public void WriteCharArray3D(Array3<char> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.IEnumerable<char>>> list) WriteCharArray3D(list); else WriteCharArray3D(a.Items); }

{{#nodes}}
        /// <summary>A list's values; a list with a cycle stops after 1,000,001 nodes (it then differs from any answer).</summary>
        public void WriteListNode(ListNode head)
        {
            Room(1);
            _buf[_len++] = (byte)'[';
            for (var i = 0; head != null && i <= 1_000_000; i++, head = head.next)
            {
                Room(12);
                if (i > 0)
                {
                    _buf[_len++] = (byte)',';
                }
                Number(head.val);
            }
            Room(1);
            _buf[_len++] = (byte)']';
        }

        /// <summary>A tree in level order, null for a missing child, without trailing nulls.</summary>
        public void WriteTreeNode(TreeNode root)
        {
            Room(1);
            _buf[_len++] = (byte)'[';
            if (root != null)
            {
                var q = new global::System.Collections.Generic.List<TreeNode> { root };
                var last = 0;
                // One that is no tree (a cycle) stops after 1,000,001 entries: it then differs from any answer.
                for (var i = 0; i < q.Count && i <= 1_000_000; i++)
                {
                    if (q[i] is { } t)
                    {
                        last = i;
                        q.Add(t.left);
                        q.Add(t.right);
                    }
                }
                for (var i = 0; i <= last; i++)
                {
                    Room(12);
                    if (i > 0)
                    {
                        _buf[_len++] = (byte)',';
                    }
                    if (q[i] is { } t)
                    {
                        Number(t.val);
                    }
                    else
                    {
                        Ascii("null"u8);
                    }
                }
            }
            Room(1);
            _buf[_len++] = (byte)']';
        }

        public void WriteListNodeArray(global::System.Collections.Generic.IEnumerable<ListNode> a) { Sequence(a, WriteListNode); }
        public void WriteTreeNodeArray(global::System.Collections.Generic.IEnumerable<TreeNode> a) { Sequence(a, WriteTreeNode); }
        public void WriteListNodeArray(ListNode[] a) { Array(a, WriteListNode); }
        public void WriteTreeNodeArray(TreeNode[] a) { Array(a, WriteTreeNode); }
        public void WriteListNodeArray(Array1<ListNode> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<ListNode> list) WriteListNodeArray(list); else WriteListNodeArray(a.Items); }
        public void WriteTreeNodeArray(Array1<TreeNode> a) { if (a.Converted is global::System.Collections.Generic.IEnumerable<TreeNode> list) WriteTreeNodeArray(list); else WriteTreeNodeArray(a.Items); }
{{/nodes}}

        public void Raw(global::System.ReadOnlySpan<byte> s) => Ascii(s);

        public void Dispose()
        {
            _file.Write(_buf, 0, _len);
            _len = 0;
            _file.Dispose();
        }

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void Array<T>(T[] a, global::System.Action<T> element)
        {
            if (a == null)
            {
                Ascii("null"u8);
                return;
            }
            Room(1);
            _buf[_len++] = (byte)'[';
            for (var i = 0; i < a.Length; i++)
            {
                if (i > 0)
                {
                    Room(1);
                    _buf[_len++] = (byte)',';
                }
                element(a[i]);
            }
            Room(1);
            _buf[_len++] = (byte)']';
        }

        private void Sequence<T>(global::System.Collections.Generic.IEnumerable<T> a, global::System.Action<T> element)
        {
            if (a == null)
            {
                Ascii("null"u8);
                return;
            }
            Room(1);
            _buf[_len++] = (byte)'[';
            var first = true;
            foreach (var e in a)
            {
                if (!first)
                {
                    Room(1);
                    _buf[_len++] = (byte)',';
                }
                first = false;
                element(e);
            }
            Room(1);
            _buf[_len++] = (byte)']';
        }

        /// <summary>Makes room for k more bytes (k is at most the buffer's size).</summary>
        private void Room(int k)
        {
            if (_len + k > _buf.Length)
            {
                _file.Write(_buf, 0, _len);
                _len = 0;
            }
        }

        private void Ascii(global::System.ReadOnlySpan<byte> s)
        {
            Room(s.Length);
            s.CopyTo(_buf.AsSpan(_len));
            _len += s.Length;
        }

        /// <summary>Decimal digits of v; the caller has made room for 20 bytes.</summary>
        private void Number(long v)
        {
            v.TryFormat(_buf.AsSpan(_len), out var written, default, global::System.Globalization.CultureInfo.InvariantCulture);
            _len += written;
        }

        /// <summary>The shortest form that reads back to the same double ("R"); NaN, Infinity, -Infinity as such.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void Real(double v)
        {
            if (double.IsNaN(v)) { Ascii("NaN"u8); return; }
            if (double.IsPositiveInfinity(v)) { Ascii("Infinity"u8); return; }
            if (double.IsNegativeInfinity(v)) { Ascii("-Infinity"u8); return; }
            Room(32);
            v.TryFormat(_buf.AsSpan(_len), out var written, "R", global::System.Globalization.CultureInfo.InvariantCulture);
            _len += written;
        }

        /// <summary>JSON-escaped; non-ASCII as UTF-8, a lone surrogate (not UTF-8 encodable) as \uXXXX.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void String(string s)
        {
            if (s == null)
            {
                Ascii("null"u8);
                return;
            }
            Room(1);
            _buf[_len++] = (byte)'"';
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                Room(12);
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\')
                {
                    _buf[_len++] = (byte)c;
                }
                else if (c is '"' or '\\')
                {
                    _buf[_len++] = (byte)'\\';
                    _buf[_len++] = (byte)c;
                }
                else if (c == '\n') { _buf[_len++] = (byte)'\\'; _buf[_len++] = (byte)'n'; }
                else if (c == '\r') { _buf[_len++] = (byte)'\\'; _buf[_len++] = (byte)'r'; }
                else if (c == '\t') { _buf[_len++] = (byte)'\\'; _buf[_len++] = (byte)'t'; }
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    new global::System.Text.Rune(c, s[++i]).EncodeToUtf8(_buf.AsSpan(_len));
                    _len += 4;
                }
                else if (c < 0x20 || char.IsSurrogate(c))
                {
                    _buf[_len++] = (byte)'\\';
                    _buf[_len++] = (byte)'u';
                    ((int)c).TryFormat(_buf.AsSpan(_len), out var written, "x4", global::System.Globalization.CultureInfo.InvariantCulture);
                    _len += written;
                }
                else
                {
                    _len += new global::System.Text.Rune(c).EncodeToUtf8(_buf.AsSpan(_len));
                }
            }
            Room(1);
            _buf[_len++] = (byte)'"';
        }
    }

    /// <summary>
    /// An argument for the candidate's declaration: Arg(value) keeps a scalar as it is and wraps an array, which then
    /// converts to what the candidate declared: the array itself (no copy) for the signature's own type (int[],
    /// string[][]), a view of it for an interface (IList<int>, IEnumerable<int>, IList<IList<string>>...), and a copy for
    /// a List (List<int>, List<IList<int>>, List<int[]>...), kept as Converted to be judged after the call.
    /// </summary>
    private static T Arg<T>(T value) => value;
    private static Array1<T> Arg<T>(T[] value) => new(value);
    private static Array2<T> Arg<T>(T[][] value) => new(value);
    private static Array3<T> Arg<T>(T[][][] value) => new(value);

    /// <summary>An array seen as an IList of <typeparamref name="E"/> (and its other interfaces); writes go to the array.</summary>
    internal abstract class ListView<E>(global::System.Collections.Generic.IList<E> view) : global::System.Collections.Generic.IList<E>, global::System.Collections.Generic.IReadOnlyList<E>
    {
        /// <summary>The List the candidate got, when it declared one.</summary>
        public object Converted;

        public E this[int index] { get => view[index]; set => view[index] = value; }
        public int Count => view.Count;
        public bool IsReadOnly => view.IsReadOnly;
        public void Add(E item) => view.Add(item);
        public void Clear() => view.Clear();
        public bool Contains(E item) => view.Contains(item);
        public void CopyTo(E[] array, int arrayIndex) => view.CopyTo(array, arrayIndex);
        public int IndexOf(E item) => view.IndexOf(item);
        public void Insert(int index, E item) => view.Insert(index, item);
        public bool Remove(E item) => view.Remove(item);
        public void RemoveAt(int index) => view.RemoveAt(index);
        public global::System.Collections.Generic.IEnumerator<E> GetEnumerator() => view.GetEnumerator();
        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => view.GetEnumerator();
    }

    internal sealed class Array1<T>(T[] items) : ListView<T>(items)
    {
        public readonly T[] Items = items;

        public static implicit operator T[](Array1<T> a) => a.Items;

        public static implicit operator global::System.Collections.Generic.List<T>(Array1<T> a)
        {
            var list = new global::System.Collections.Generic.List<T>(a.Items);
            a.Converted = list;
            return list;
        }
    }

    internal sealed class Array2<T>(T[][] items) : ListView<global::System.Collections.Generic.IList<T>>(items)
    {
        public readonly T[][] Items = items;

        public static implicit operator T[][](Array2<T> a) => a.Items;

        public static implicit operator global::System.Collections.Generic.List<global::System.Collections.Generic.List<T>>(Array2<T> a) =>
            Keep(a, global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(a.Items, row => new global::System.Collections.Generic.List<T>(row))));

        public static implicit operator global::System.Collections.Generic.List<global::System.Collections.Generic.IList<T>>(Array2<T> a) =>
            Keep(a, global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(a.Items, global::System.Collections.Generic.IList<T> (row) => new global::System.Collections.Generic.List<T>(row))));

        public static implicit operator global::System.Collections.Generic.List<T[]>(Array2<T> a) => Keep(a, new global::System.Collections.Generic.List<T[]>(a.Items));

        private static L Keep<L>(Array2<T> a, L list)
        {
            a.Converted = list;
            return list;
        }
    }

    internal sealed class Array3<T>(T[][][] items) : ListView<global::System.Collections.Generic.IList<global::System.Collections.Generic.IList<T>>>(items)
    {
        public readonly T[][][] Items = items;

        public static implicit operator T[][][](Array3<T> a) => a.Items;

        public static implicit operator global::System.Collections.Generic.List<global::System.Collections.Generic.List<global::System.Collections.Generic.List<T>>>(Array3<T> a)
        {
            var list = global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(a.Items,
                matrix => global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(matrix, row => new global::System.Collections.Generic.List<T>(row)))));
            a.Converted = list;
            return list;
        }

        public static implicit operator global::System.Collections.Generic.List<global::System.Collections.Generic.IList<global::System.Collections.Generic.IList<T>>>(Array3<T> a)
        {
            var list = global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(a.Items,
                global::System.Collections.Generic.IList<global::System.Collections.Generic.IList<T>> (matrix) => global::System.Linq.Enumerable.ToList(
                    global::System.Linq.Enumerable.Select(matrix, global::System.Collections.Generic.IList<T> (row) => new global::System.Collections.Generic.List<T>(row)))));
            a.Converted = list;
            return list;
        }
    }
}

{{#nodes}}
// LeetCode's node classes, as its stubs show them (the candidate's code uses them without defining them).
public class ListNode
{
    public int val;
    public ListNode next;
    public ListNode(int val = 0, ListNode next = null)
    {
        this.val = val;
        this.next = next;
    }
}

public class TreeNode
{
    public int val;
    public TreeNode left;
    public TreeNode right;
    public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null)
    {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}
{{/nodes}}
