namespace Judge.Domain.Functions;

/// <summary>
/// Names a signature may not use, in any spelling a stub gives them: the keywords of the languages (C++23,
/// Python 3, Java 17+, Go, JavaScript, TypeScript, C#), the names the harnesses and stubs themselves use (Solution,
/// List, std...), and the globals a harness calls (Go's predeclared names, JavaScript's JSON, Math...), which a
/// function of the same name would shadow.
/// </summary>
public static class ReservedNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // C++
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch", "char",
        "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr", "constinit",
        "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
        "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
        "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return", "short", "signed",
        "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
        "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
        "volatile", "wchar_t", "while", "xor", "xor_eq", "std", "string", "vector", "NULL",
        // Python (keywords, soft keywords, what stubs import)
        "False", "None", "True", "as", "assert", "async", "await", "def", "del", "elif", "except", "finally", "from",
        "global", "import", "in", "is", "lambda", "nonlocal", "pass", "raise", "with", "yield", "match", "type", "List",
        "self", "print", "input", "len", "str", "list", "dict", "set", "object", "sys", "json",
        // Java
        "abstract", "boolean", "byte", "extends", "final", "implements", "instanceof", "interface", "native", "package",
        "strictfp", "super", "synchronized", "throws", "transient", "var", "record", "sealed", "permits", "null",
        "String", "Object", "System", "Math", "Integer", "Long", "Double", "Boolean", "Solution",
        // Go (keywords and predeclared identifiers)
        "chan", "defer", "fallthrough", "func", "go", "map", "range", "select", "int64", "float64", "nil", "cap", "make",
        "append", "copy", "panic", "recover", "println", "close", "complex", "real", "imag", "rune", "error", "any",
        "iota", "min", "max", "clear", "int8", "int16", "int32", "uint", "uint8", "uint16", "uint32", "uint64",
        "float32", "uintptr", "string", "fmt", "os", "bufio", "strconv", "math",
        // JavaScript and TypeScript
        "debugger", "function", "let", "typeof", "arguments", "eval", "undefined", "NaN", "Infinity", "JSON", "Number",
        "Array", "BigInt", "Symbol", "require", "process", "Buffer", "console", "module", "exports", "globalThis",
        "constructor", "declare", "get", "number", "symbol", "of", "keyof", "readonly", "unique", "unknown", "never",
        "infer", "is", "asserts", "satisfies", "accessor", "fs", "vm",
        // C#
        "base", "checked", "decimal", "delegate", "event", "fixed", "foreach", "implicit", "internal", "lock", "out",
        "override", "params", "readonly", "ref", "sbyte", "stackalloc", "ulong", "unchecked", "unsafe", "ushort",
        "dynamic", "nameof", "value", "when", "where", "Console", "Main",
        // Every harness
        "main", "result",
    };

    /// <summary>
    /// What no language lets a method be called (its keywords; a member may share a library's name: get, set, put,
    /// next), and what a design harness relies on: JavaScript's constructor.
    /// </summary>
    private static readonly HashSet<string> MemberKeywords = new(StringComparer.Ordinal)
    {
        // C++
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch", "char",
        "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr", "constinit",
        "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
        "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
        "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return", "short", "signed",
        "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
        "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
        "volatile", "wchar_t", "while", "xor", "xor_eq",
        // Python
        "False", "None", "True", "as", "assert", "async", "await", "def", "del", "elif", "except", "finally", "from",
        "global", "import", "in", "is", "lambda", "nonlocal", "pass", "raise", "with", "yield",
        // Java
        "abstract", "boolean", "byte", "extends", "final", "implements", "instanceof", "interface", "native", "package",
        "strictfp", "super", "synchronized", "throws", "transient", "null",
        // Go
        "chan", "defer", "fallthrough", "func", "go", "map", "range", "select", "type", "var",
        // JavaScript, TypeScript
        "function", "let", "typeof", "constructor", "prototype", "debugger", "arguments", "eval",
        // C#
        "base", "checked", "decimal", "delegate", "event", "fixed", "foreach", "implicit", "internal", "lock", "out",
        "override", "params", "readonly", "ref", "sbyte", "stackalloc", "ulong", "unchecked", "unsafe", "ushort",
        "object", "string", "operator", "sizeof", "GetType", "Equals", "GetHashCode", "ToString", "Finalize", "MemberwiseClone",
        // Type names a stub writes after a parameter's name (Go: "key int64"), which a parameter of that name would shadow
        "int64", "float64", "rune", "error",
        // Every harness
        "main", "result",
    };

    /// <summary>
    /// True when a design problem's method or parameter may not be called <paramref name="name"/> in some language's
    /// spelling (a member or a local may share a library's name, as LRU Cache's put(key, value) does).
    /// </summary>
    public static bool ContainsMember(string name) =>
        Enum.GetValues<NameSpelling>().Any(spelling => MemberKeywords.Contains(spelling.Apply(name)))
        || name.StartsWith("judge", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("arg", StringComparison.Ordinal) && name.Length > 3 && name[3..].All(char.IsAsciiDigit));

    /// <summary>True when <paramref name="name"/>, as declared or respelt by any stub, is reserved.</summary>
    public static bool Contains(string name) =>
        Enum.GetValues<NameSpelling>().Any(spelling => Names.Contains(spelling.Apply(name)))
        || name.StartsWith("judge", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("arg", StringComparison.Ordinal) && name.Length > 3 && name[3..].All(char.IsAsciiDigit));
}
