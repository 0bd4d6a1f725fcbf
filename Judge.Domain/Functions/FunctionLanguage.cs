namespace Judge.Domain.Functions;

/// <summary>
/// How one language writes a signature (a row of function-languages.json): its names' spelling, its type names, and
/// the stub a candidate starts from. Patterns use {element}, {type}, {name}, {function}, {parameters}, {return} and,
/// alone on a stub line, {parameter_docs} (one <see cref="ParameterDoc"/> line per parameter).
/// </summary>
public sealed class FunctionLanguage
{
    public NameSpelling FunctionName { get; init; }

    public NameSpelling ParameterName { get; init; }

    /// <summary>The scalar types' names, keyed by <see cref="ScalarType"/>.</summary>
    public required Dictionary<ScalarType, string> Scalars { get; init; }

    /// <summary>A void function's return type ("void", Python's "None"; empty in Go, which writes none).</summary>
    public required string Void { get; init; }

    /// <summary>An array type from its element's ({element}).</summary>
    public required string Array { get; init; }

    /// <summary>One parameter of the stub's declaration ({type}, {name}).</summary>
    public required string Parameter { get; init; }

    /// <summary>An array parameter, when it differs (C++ passes vectors by reference).</summary>
    public string? ArrayParameter { get; init; }

    /// <summary>A documentation line per parameter (JSDoc).</summary>
    public string? ParameterDoc { get; init; }

    /// <summary>The stub's lines.</summary>
    public required string[] Stub { get; init; }

    /// <summary>
    /// The comment a stub shows, at its {definitions} line, for each node type the signature uses: the class the
    /// harness defines (LeetCode's own definitions), keyed by <see cref="ScalarType.ListNode"/> and <see cref="ScalarType.TreeNode"/>.
    /// </summary>
    public Dictionary<ScalarType, string[]> Definitions { get; init; } = [];

    /// <summary>How a design problem's methods are spelt (PascalCase in C# and Go, as LeetCode spells them).</summary>
    public NameSpelling MethodName { get; init; }

    /// <summary>
    /// A design problem's stub: the class, with {class}, {constructor_parameters} (also
    /// {constructor_parameters_after_self}: ", " before them when there are any) and, alone on their lines,
    /// {definitions}, {constructor_parameter_docs} and {methods} (<see cref="MethodStub"/> per method).
    /// </summary>
    public required string[] ClassStub { get; init; }

    /// <summary>The name a design problem's constructor is declared as (Go's "Constructor", LeetCode's); null: the class's.</summary>
    public string? Constructor { get; init; }

    /// <summary>One method of a design stub: {method}, {parameters} ({parameters_after_self}), {return}, {class}, and {parameter_docs} alone on its line.</summary>
    public required string[] MethodStub { get; init; }

    /// <summary>The language's name of <paramref name="type"/>: vector&lt;vector&lt;int&gt;&gt;, List[int], long[]...</summary>
    public string TypeName(SignatureType type)
    {
        var name = Scalars[type.Scalar];
        for (var i = 0; i < type.Dimensions; i++)
        {
            // TypeScript's "ListNode | null" is an element in parentheses: "(ListNode | null)[]".
            var element = name.Contains(' ', StringComparison.Ordinal) && Array.StartsWith("{element}", StringComparison.Ordinal) ? $"({name})" : name;
            name = Array.Replace("{element}", element, StringComparison.Ordinal);
        }
        return name;
    }

    /// <summary>The return type's name, or <see cref="Void"/>.</summary>
    public string ReturnTypeName(FunctionSignature signature) => signature.ReturnType is { } type ? TypeName(type) : Void;

    /// <summary>The function's name spelt for the language; a design problem's class keeps its name as declared.</summary>
    public string FunctionNameOf(FunctionSignature signature) => signature.Design is null ? FunctionName.Apply(signature.Name) : signature.Name;

    public string ParameterNameOf(FunctionParameter parameter) => ParameterName.Apply(parameter.Name);

    public string MethodNameOf(DesignMethod method) => MethodName.Apply(method.Name);

    /// <summary>The code a candidate starts from: the function (or a design problem's class), with its parameters and return type, and an empty body.</summary>
    public string StubFor(FunctionSignature signature)
    {
        if (signature.Design is { } design)
        {
            return DesignStubFor(design);
        }
        var parameters = ParameterList(signature.Parameters);
        var lines = new List<string>();
        foreach (var line in Stub)
        {
            if (line == "{parameter_docs}")
            {
                lines.AddRange(ParameterDoc is null ? [] : signature.Parameters.Select(p => Fill(ParameterDoc, p)));
                continue;
            }
            if (line == "{definitions}")
            {
                lines.AddRange(DefinitionsFor(signature.Types));
                continue;
            }
            lines.Add(Returning(line, ReturnTypeName(signature))
                .Replace("{function}", FunctionNameOf(signature), StringComparison.Ordinal)
                .Replace("{parameters}", parameters, StringComparison.Ordinal));
        }
        return string.Join('\n', lines) + "\n";
    }

    private string DesignStubFor(DesignClass design)
    {
        var lines = new List<string>();
        foreach (var line in ClassStub)
        {
            switch (line)
            {
                case "{definitions}":
                    lines.AddRange(DefinitionsFor(design.Types));
                    continue;
                case "{constructor_parameter_docs}":
                    lines.AddRange(Docs(design.ConstructorParameters));
                    continue;
                case "{methods}":
                    lines.AddRange(design.Methods.SelectMany(m => MethodStub.SelectMany(l => l == "{parameter_docs}"
                        ? Docs(m.Parameters)
                        : [Returning(l, m.ReturnType is null ? Void : TypeName(m.ReturnType))
                            .Replace("{method}", MethodNameOf(m), StringComparison.Ordinal)
                            .Replace("{class}", design.Name, StringComparison.Ordinal)
                            .Replace("{parameters_after_self}", string.Concat(m.Parameters.Select(p => ", " + FillParameter(p))), StringComparison.Ordinal)
                            .Replace("{parameters}", ParameterList(m.Parameters), StringComparison.Ordinal)])));
                    continue;
            }
            lines.Add(line
                .Replace("{class}", design.Name, StringComparison.Ordinal)
                .Replace("{constructor_parameters_after_self}", string.Concat(design.ConstructorParameters.Select(p => ", " + FillParameter(p))), StringComparison.Ordinal)
                .Replace("{constructor_parameters}", ParameterList(design.ConstructorParameters), StringComparison.Ordinal));
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>JSDoc lines for a class member's parameters (indented into the class body).</summary>
    private IEnumerable<string> Docs(IReadOnlyList<FunctionParameter> parameters) =>
        ParameterDoc is null ? [] : parameters.Select(p => "    " + Fill(ParameterDoc, p));

    private string ParameterList(IReadOnlyList<FunctionParameter> parameters) => string.Join(", ", parameters.Select(FillParameter));

    private string FillParameter(FunctionParameter p) => Fill(p.Type.IsArray ? ArrayParameter ?? Parameter : Parameter, p);

    /// <summary>A stub line with {return} filled in; a language that writes no void type (Go) drops it with its space.</summary>
    private static string Returning(string line, string returns) =>
        (returns.Length == 0 ? line.Replace(" {return}", "", StringComparison.Ordinal) : line).Replace("{return}", returns, StringComparison.Ordinal);

    /// <summary>The stub's declaring line, trimmed: "vector&lt;int&gt; twoSum(vector&lt;int&gt;&amp; nums, int target)", "def two_sum(nums: List[int]) -> int".</summary>
    public string DeclarationOf(FunctionSignature signature)
    {
        if (signature.Design is { } design)
        {
            return StubFor(signature).Split('\n').First(l => l.Contains(" " + design.Name, StringComparison.Ordinal) && !l.TrimStart().StartsWith('*')).Trim().TrimEnd('{', ':', ' ');
        }
        var line = StubFor(signature).Split('\n').First(l => l.Contains(FunctionNameOf(signature) + "(", StringComparison.Ordinal)).Trim();
        return line.TrimEnd('{', ':', ' ');
    }

    /// <summary>The definition comments of the node types among <paramref name="types"/>, each followed by an empty line.</summary>
    private IEnumerable<string> DefinitionsFor(IEnumerable<SignatureType> types) =>
        types.Where(t => t.IsNode).Select(t => t.Scalar).Distinct().Order()
            .SelectMany(node => Definitions.TryGetValue(node, out var comment) ? [.. comment, ""] : System.Array.Empty<string>());

    private string Fill(string pattern, FunctionParameter parameter) => pattern
        .Replace("{type}", TypeName(parameter.Type), StringComparison.Ordinal)
        .Replace("{name}", ParameterNameOf(parameter), StringComparison.Ordinal);
}
