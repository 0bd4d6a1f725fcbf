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

    /// <summary>The language's name of <paramref name="type"/>: vector&lt;vector&lt;int&gt;&gt;, List[int], long[]...</summary>
    public string TypeName(SignatureType type)
    {
        var name = Scalars[type.Scalar];
        for (var i = 0; i < type.Dimensions; i++)
        {
            name = Array.Replace("{element}", name, StringComparison.Ordinal);
        }
        return name;
    }

    /// <summary>The return type's name, or <see cref="Void"/>.</summary>
    public string ReturnTypeName(FunctionSignature signature) => signature.ReturnType is { } type ? TypeName(type) : Void;

    public string FunctionNameOf(FunctionSignature signature) => FunctionName.Apply(signature.Name);

    public string ParameterNameOf(FunctionParameter parameter) => ParameterName.Apply(parameter.Name);

    /// <summary>The code a candidate starts from: the function, with its parameters and return type, and an empty body.</summary>
    public string StubFor(FunctionSignature signature)
    {
        var parameters = string.Join(", ", signature.Parameters.Select(p =>
            Fill(p.Type.IsArray ? ArrayParameter ?? Parameter : Parameter, p)));
        var lines = new List<string>();
        foreach (var line in Stub)
        {
            if (line == "{parameter_docs}")
            {
                lines.AddRange(ParameterDoc is null ? [] : signature.Parameters.Select(p => Fill(ParameterDoc, p)));
                continue;
            }
            var returns = ReturnTypeName(signature);
            lines.Add((returns.Length == 0 ? line.Replace(" {return}", "", StringComparison.Ordinal) : line)
                .Replace("{return}", returns, StringComparison.Ordinal)
                .Replace("{function}", FunctionNameOf(signature), StringComparison.Ordinal)
                .Replace("{parameters}", parameters, StringComparison.Ordinal));
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The stub's declaring line, trimmed: "vector&lt;int&gt; twoSum(vector&lt;int&gt;&amp; nums, int target)", "def two_sum(nums: List[int]) -> int".</summary>
    public string DeclarationOf(FunctionSignature signature)
    {
        var line = StubFor(signature).Split('\n').First(l => l.Contains(FunctionNameOf(signature) + "(", StringComparison.Ordinal)).Trim();
        return line.TrimEnd('{', ':', ' ');
    }

    private string Fill(string pattern, FunctionParameter parameter) => pattern
        .Replace("{type}", TypeName(parameter.Type), StringComparison.Ordinal)
        .Replace("{name}", ParameterNameOf(parameter), StringComparison.Ordinal);
}
