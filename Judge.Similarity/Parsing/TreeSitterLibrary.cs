using System.Runtime.InteropServices;
using System.Text;

namespace Judge.Similarity.Parsing;

/// <summary>
/// The native tree-sitter library built by Judge.Similarity/Native/build (the tree-sitter runtime, one grammar per
/// language family, and <c>judge_ts_flatten</c>), loaded once from a path. Thread-safe: every parse makes its own parser.
/// </summary>
/// <exception cref="DllNotFoundException">The library is missing (run Judge.Similarity/Native/build).</exception>
public sealed unsafe class TreeSitterLibrary : IDisposable
{
    /// <summary>Grammar entry points by language family id (the "Family" of the language table).</summary>
    private static readonly IReadOnlyDictionary<string, string> GrammarSymbols = new Dictionary<string, string>
    {
        ["cpp"] = "tree_sitter_cpp",
        ["java"] = "tree_sitter_java",
        ["python"] = "tree_sitter_python",
        ["go"] = "tree_sitter_go",
        ["javascript"] = "tree_sitter_javascript",
        ["typescript"] = "tree_sitter_typescript",
        ["csharp"] = "tree_sitter_c_sharp",
    };

    private readonly nint _handle;
    private readonly delegate* unmanaged<nint, byte*, uint, uint, NativeNode*, int, int> _flatten;
    private readonly delegate* unmanaged<nint, ushort, byte*> _symbolName;
    private readonly delegate* unmanaged<nint, ushort, byte*> _fieldName;
    private readonly Dictionary<string, Grammar> _grammars = [];

    /// <summary>Loads the library at <paramref name="path"/> and every family's grammar.</summary>
    public TreeSitterLibrary(string path)
    {
        _handle = NativeLibrary.Load(path);
        _flatten = (delegate* unmanaged<nint, byte*, uint, uint, NativeNode*, int, int>)NativeLibrary.GetExport(_handle, "judge_ts_flatten");
        _symbolName = (delegate* unmanaged<nint, ushort, byte*>)NativeLibrary.GetExport(_handle, "ts_language_symbol_name");
        _fieldName = (delegate* unmanaged<nint, ushort, byte*>)NativeLibrary.GetExport(_handle, "ts_language_field_name_for_id");
        foreach (var (family, symbol) in GrammarSymbols)
        {
            var language = ((delegate* unmanaged<nint>)NativeLibrary.GetExport(_handle, symbol))();
            _grammars[family] = new Grammar(language);
        }
    }

    /// <summary>The language families this library parses.</summary>
    public static IReadOnlyCollection<string> Families => (IReadOnlyCollection<string>)GrammarSymbols.Keys;

    /// <summary>A parse that takes longer is given up (a program written to make the parser work hard).</summary>
    public static readonly TimeSpan ParseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Parses UTF-8 <paramref name="source"/> of a language family into its syntax tree (tree-sitter recovers from
    /// syntax errors, so any text parses).</summary>
    /// <exception cref="ArgumentException">A family with no grammar.</exception>
    /// <exception cref="UnparsableProgramException">The parse took longer than <see cref="ParseTimeout"/>.</exception>
    public SyntaxTree Parse(string family, ReadOnlySpan<byte> source)
    {
        if (!_grammars.TryGetValue(family, out var grammar))
        {
            throw new ArgumentException($"no grammar for the language family '{family}'", nameof(family));
        }
        var nodes = new NativeNode[Math.Max(64, source.Length / 2)];
        fixed (byte* text = source)
        {
            while (true)
            {
                int count;
                fixed (NativeNode* output = nodes)
                {
                    count = _flatten(grammar.Language, text, (uint)source.Length, (uint)ParseTimeout.TotalMilliseconds, output, nodes.Length);
                }
                if (count < 0)
                {
                    throw new UnparsableProgramException($"tree-sitter gave up parsing a {family} program of {source.Length} bytes after {ParseTimeout.TotalSeconds:0} s");
                }
                if (count <= nodes.Length)
                {
                    return new SyntaxTree(source.ToArray(), nodes.AsSpan(0, count).ToArray(), grammar.Names(this));
                }
                nodes = new NativeNode[count];
            }
        }
    }

    public void Dispose() => NativeLibrary.Free(_handle);

    private string SymbolName(nint language, ushort symbol) => Marshal.PtrToStringUTF8((nint)_symbolName(language, symbol)) ?? "";

    private string FieldName(nint language, ushort field) => field == 0 ? "" : Marshal.PtrToStringUTF8((nint)_fieldName(language, field)) ?? "";

    /// <summary>One grammar and the names of its symbols and fields, read once on first use.</summary>
    private sealed class Grammar(nint language)
    {
        private GrammarNames? _names;

        public nint Language { get; } = language;

        public GrammarNames Names(TreeSitterLibrary library)
        {
            if (_names is { } names)
            {
                return names;
            }
            var symbols = new string[ushort.MaxValue + 1];
            var fields = new string[ushort.MaxValue + 1];
            var built = new GrammarNames(
                symbol => symbols[symbol] ??= string.Intern(library.SymbolName(Language, symbol)),
                field => fields[field] ??= string.Intern(library.FieldName(Language, field)));
            return Interlocked.CompareExchange(ref _names, built, null) ?? built;
        }
    }
}

/// <summary>A program the parser gave up on: it is not fingerprinted.</summary>
public sealed class UnparsableProgramException(string message) : Exception(message);

/// <summary>A grammar's symbol and field names by id (node types such as "for_statement"; fields such as "condition").</summary>
public sealed record GrammarNames(Func<ushort, string> Symbol, Func<ushort, string> Field);

/// <summary>judge_ts_node of Native/flatten.c, field for field.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct NativeNode
{
    public ushort Symbol;
    public ushort Field;
    public byte Named;
    public byte Extra;
    public byte Error;
    public byte Reserved;
    public int Parent;
    public uint ChildCount;
    public uint StartByte;
    public uint EndByte;
    public uint StartRow;
    public uint EndRow;
}
