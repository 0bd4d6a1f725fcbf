using System.Text.Json;

namespace Judge.Domain.Functions;

/// <summary>One call of a design problem's test: the method's name (the class's own for the constructor) and its arguments.</summary>
public sealed record DesignCall(string Method, IReadOnlyList<object?> Arguments)
{
    /// <summary>The call as a message shows it, its arguments cut at 60 characters: put(1,1), LRUCache(2).</summary>
    public override string ToString()
    {
        var arguments = string.Join(",", Arguments.Select(FunctionValues.Format));
        return $"{Method}({(arguments.Length > 60 ? arguments[..57] + "..." : arguments)})";
    }
}

/// <summary>
/// A design problem's tests in LeetCode's format: the input is two lines, the calls' names (the class's first, for
/// the constructor) and their argument lists (["LRUCache","put","get"] and [[2],[1,1],[1]]); the expected output one
/// array with a result per call, null for the constructor and for void methods ([null,null,1]).
/// </summary>
public static partial class FunctionValues
{
    /// <summary>
    /// Parses a design test's input into its calls. On failure <paramref name="error"/> names the line and place, e.g.
    /// "line 1: at [3]: \"remove\" is not a method of LRUCache (get, put)". Never throws on any input.
    /// </summary>
    public static bool TryParseCalls(DesignClass design, ReadOnlySpan<byte> input, out List<DesignCall> calls, out string error)
    {
        calls = [];
        var lines = Lines(input);
        if (lines.Count != 2)
        {
            error = $"expected 2 lines, the calls' names and their arguments (LeetCode's format: [\"{design.Name}\",...] then [[...],...]); found {lines.Count}";
            return false;
        }
        if (!TryParse(Names, input.Slice(lines[0].Start, lines[0].Length), allowNull: false, out var parsed, out var wrong))
        {
            error = $"line 1 (the calls): {wrong}";
            return false;
        }
        var names = (string?[])parsed!;
        if (names.Length == 0 || names[0] != design.Name)
        {
            error = $"line 1 (the calls): the first call is the constructor, \"{design.Name}\"; found {(names.Length == 0 ? "none" : Format(names[0]))}";
            return false;
        }
        var signatures = new List<IReadOnlyList<FunctionParameter>>(names.Length) { design.ConstructorParameters };
        for (var i = 1; i < names.Length; i++)
        {
            if (design.Method(names[i]!) is not { } method)
            {
                error = $"line 1 (the calls): at [{i}]: {Format(names[i])} is not a method of {design.Name} ({string.Join(", ", design.Methods.Select(m => m.Name))})";
                return false;
            }
            signatures.Add(method.Parameters);
        }
        if (!TryReadArgumentLists(input.Slice(lines[1].Start, lines[1].Length), names, signatures, calls, out error))
        {
            error = "line 2 (the arguments): " + error;
            return false;
        }
        return true;
    }

    /// <summary>
    /// Parses a design test's results (expected, or what the harness wrote): one per call, null for the constructor
    /// and void methods, a value of the method's return type otherwise (null too when <paramref name="allowNull"/> and
    /// the type may be null). Never throws.
    /// </summary>
    public static bool TryParseResults(DesignClass design, IReadOnlyList<DesignCall> calls, ReadOnlySpan<byte> json, bool allowNull, out object?[] results, out string error)
    {
        results = [];
        var rewritten = QuoteNonFinite(json);
        var reader = new Utf8JsonReader(rewritten ?? json, new JsonReaderOptions { MaxDepth = SignatureType.MaxDimensions + 3, AllowMultipleValues = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                error = "expected an array with one result per call, null for the constructor and void methods";
                return false;
            }
            var parser = new Parser(allowNull, allowNonFinite: true);
            var values = new List<object?>(calls.Count);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var index = values.Count;
                var type = index < calls.Count && index > 0 ? design.Method(calls[index].Method)!.ReturnType : null;
                if (index >= calls.Count)
                {
                    error = $"more results than the {calls.Count} calls";
                    return false;
                }
                if (type is null)
                {
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        error = $"at [{index}] ({calls[index]}): expected null ({(index == 0 ? "the constructor" : "a void method")}), found {Describe(ref reader)}";
                        return false;
                    }
                    values.Add(null);
                    continue;
                }
                values.Add(parser.Value(ref reader, type, $"[{index}]"));
                if (parser.Error is { } found)
                {
                    error = $"{found} ({calls[index]})";
                    return false;
                }
            }
            if (values.Count != calls.Count)
            {
                error = $"expected {calls.Count} results, one per call; found {values.Count}";
                return false;
            }
            if (reader.Read())
            {
                error = $"more than one value: {Describe(ref reader)} after the results";
                return false;
            }
            results = [.. values];
            error = "";
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            error = "not valid JSON: " + FirstSentence(e.Message);
            return false;
        }
    }

    /// <summary>
    /// Checks a test's expected output against the signature: the judged value (<see cref="SignatureType"/> of the
    /// return value or in-place argument), or a design problem's results for the test's calls. Null when it holds.
    /// </summary>
    public static string? CheckExpected(FunctionSignature signature, ReadOnlySpan<byte> input, ReadOnlySpan<byte> expected)
    {
        if (signature.Design is { } design)
        {
            return !TryParseCalls(design, input, out var calls, out var wrong) ? wrong
                : TryParseResults(design, calls, expected, allowNull: false, out _, out var error) ? null : error;
        }
        return TryParse(signature.JudgedType, expected, allowNull: false, out _, out var mismatch, allowNonFinite: true) ? null : mismatch;
    }

    private static readonly SignatureType Names = new(ScalarType.String, 1);

    private static bool TryReadArgumentLists(ReadOnlySpan<byte> json, string?[] names, List<IReadOnlyList<FunctionParameter>> signatures, List<DesignCall> calls, out string error)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = SignatureType.MaxDimensions + 3, AllowMultipleValues = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                error = "expected an array of argument lists, one per call";
                return false;
            }
            var parser = new Parser(allowNull: false, allowNonFinite: false);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var index = calls.Count;
                if (index >= names.Length)
                {
                    error = $"more argument lists than the {names.Length} calls";
                    return false;
                }
                var parameters = signatures[index];
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    error = $"at [{index}] ({names[index]}): expected the list of its arguments, found {Describe(ref reader)}";
                    return false;
                }
                var arguments = new List<object?>(parameters.Count);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (arguments.Count >= parameters.Count)
                    {
                        error = $"at [{index}] ({names[index]}): more than its {parameters.Count} argument(s) ({string.Join(", ", parameters.Select(p => p.Name))})";
                        return false;
                    }
                    var parameter = parameters[arguments.Count];
                    arguments.Add(parser.Value(ref reader, parameter.Type, $"[{index}][{arguments.Count}]"));
                    if (parser.Error is { } found)
                    {
                        error = $"{found} ({names[index]} {parameter.Name})";
                        return false;
                    }
                }
                if (arguments.Count != parameters.Count)
                {
                    error = $"at [{index}] ({names[index]}): expected {parameters.Count} argument(s) ({string.Join(", ", parameters.Select(p => p.Name))}); found {arguments.Count}";
                    return false;
                }
                calls.Add(new DesignCall(names[index]!, arguments));
            }
            if (calls.Count != names.Length)
            {
                error = $"expected {names.Length} argument lists, one per call; found {calls.Count}";
                return false;
            }
            if (reader.Read())
            {
                error = $"more than one value: {Describe(ref reader)} after the argument lists";
                return false;
            }
            error = "";
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            error = "not valid JSON: " + FirstSentence(e.Message);
            return false;
        }
    }
}
