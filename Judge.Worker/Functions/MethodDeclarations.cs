using System.Text.RegularExpressions;

namespace Judge.Worker.Functions;

/// <summary>
/// What differs between the candidate's method and the required declaration, in Java and C# (whose harnesses accept
/// collections where the signature says an array, so a compile error in the harness is a real mismatch): the parameter
/// count (from the candidate's declaration), else the part the compiler refused in the harness: an argument (Java:
/// the harness line echoed by javac reads the parameter by name; C#: "Argument N" on the call, which the harness places
/// on line 9001), the return value (Java: the line writing it; C#: line 9002), a void method, or (C#) a static one.
/// Empty for the other languages, or when nothing tells.
/// </summary>
internal static partial class MethodDeclarations
{
    [GeneratedRegex(@"read\w+\(""(\w+)""\)")]
    private static partial Regex JavaArgumentLine();

    [GeneratedRegex(@"\(9001,\d+\): error CS1503: Argument (\d+):")]
    private static partial Regex CSharpArgument();

    [GeneratedRegex(@"\(9002,\d+\): error ")]
    private static partial Regex CSharpReturn();

    [GeneratedRegex(@"\(9001,\d+\): error CS0815:")]
    private static partial Regex CSharpVoid();

    [GeneratedRegex(@"\(9001,\d+\): error CS0176:")]
    private static partial Regex CSharpStatic();

    private static readonly HashSet<string> Modifiers =
    [
        "public", "private", "protected", "internal", "static", "final", "override", "virtual", "abstract", "sealed",
        "synchronized", "strictfp", "native", "async", "unsafe", "new", "extern", "default",
    ];

    /// <summary>"; ..." saying what differs, or "".</summary>
    public static string Difference(IReadOnlyList<string> harnessLines, FunctionHarness harness)
    {
        var java = harness.SolutionFile.EndsWith(".java", StringComparison.Ordinal);
        if (!java && !harness.SolutionFile.EndsWith(".cs", StringComparison.Ordinal))
        {
            return "";
        }
        if (Parse(harness.Declaration, harness.FunctionName) is not { } required)
        {
            return "";
        }
        var declared = Parse(harness.CandidateSource, harness.FunctionName);
        if (declared is not null && declared.Parameters.Count != required.Parameters.Count)
        {
            return $"; it takes {declared.Parameters.Count} parameter(s), not {required.Parameters.Count}";
        }
        var text = string.Join('\n', harnessLines);
        if (java)
        {
            foreach (var line in harnessLines)
            {
                if (JavaArgumentLine().Match(line) is { Success: true } argument)
                {
                    var index = required.Parameters.FindIndex(p => p.Name == argument.Groups[1].Value);
                    if (index >= 0)
                    {
                        return ParameterDifference(index, required, declared);
                    }
                }
                if (line.Contains("judgeOut.write", StringComparison.Ordinal) || (line.Contains("Types.of", StringComparison.Ordinal) && text.Contains("bad return type", StringComparison.Ordinal)))
                {
                    return ReturnDifference(required, declared);
                }
            }
            return "";
        }
        if (CSharpStatic().IsMatch(text))
        {
            return "; it is static: it must be an instance method of Solution";
        }
        if (CSharpArgument().Match(text) is { Success: true } position && int.TryParse(position.Groups[1].Value, out var number)
            && number >= 1 && number <= required.Parameters.Count)
        {
            return ParameterDifference(number - 1, required, declared);
        }
        return CSharpReturn().IsMatch(text) || CSharpVoid().IsMatch(text) ? ReturnDifference(required, declared) : "";
    }

    /// <summary>Whether <paramref name="source"/> declares a method (or constructor) named <paramref name="name"/> (Java, C#, Go).</summary>
    public static bool Declares(string source, string name) => Parse(source, name) is not null;

    private static string ParameterDifference(int index, Declaration required, Declaration? declared)
    {
        var parameter = required.Parameters[index];
        var what = declared is null ? "has another type" : $"is declared {declared.Parameters[index].Type}";
        return $"; parameter {index + 1} ({parameter.Name}) {what}, where the problem passes {parameter.Type}{AsList(parameter.Type)}";
    }

    private static string ReturnDifference(Declaration required, Declaration? declared) =>
        (declared is null ? "; the return type differs" : $"; it returns {declared.ReturnType}") +
        $", where the problem wants {required.ReturnType}{AsList(required.ReturnType)}";

    private static string AsList(string type) => type.EndsWith(']') ? " (as an array or a list)" : "";

    private sealed record Parameter(string Type, string Name);

    private sealed record Declaration(string ReturnType, List<Parameter> Parameters);

    // The candidate's source is read by these patterns in the worker: what a real declaration cannot exceed bounds each
    // one's text, and a timeout bounds the rest, so no source makes a compile error cost more than milliseconds.
    private const int MaxDeclarationChars = 1000;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The first declaration of <paramref name="name"/> in <paramref name="source"/>: "TYPE name(TYPE a, ...)"; null if none is found in time.</summary>
    private static Declaration? Parse(string source, string name)
    {
        try
        {
            return ParseDeclaration(source, name);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Declaration? ParseDeclaration(string source, string name)
    {
        foreach (Match match in Regex.Matches(source, $@"(?<![\w$]){Regex.Escape(name)}\s*\(", RegexOptions.None, MatchTimeout))
        {
            var lineStart = Math.Max(source.LastIndexOf('\n', Math.Max(match.Index - 1, 0)) + 1, match.Index - MaxDeclarationChars);
            var words = source[lineStart..match.Index].Trim();
            words = Regex.Replace(words, @"@\w+(\([^)]*\))?|\[\w+(\([^)]*\))?\]\s", " ", RegexOptions.None, MatchTimeout).Trim();
            var tokens = words.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).SkipWhile(Modifiers.Contains).ToList();
            // Go declares a method after its receiver: "func (this *LRUCache) Get(".
            var goMethod = Regex.IsMatch(words, @"^func\s*\([^()]*\)$", RegexOptions.None, MatchTimeout);
            if (tokens.Count == 0 || tokens[^1] is "return" or "new" || (!Regex.IsMatch(words, @"[\w>\]?]$", RegexOptions.None, MatchTimeout) && !goMethod)
                || words.EndsWith('.'))
            {
                continue;
            }
            var open = match.Index + match.Length;
            var close = Closing(source, open);
            if (close < 0)
            {
                return null;
            }
            var parameters = new List<Parameter>();
            foreach (var part in SplitTopLevel(source[open..close]))
            {
                if (part.Length > MaxDeclarationChars)
                {
                    parameters.Add(new Parameter("", ""));
                    continue;
                }
                var text = Regex.Replace(part, @"//[^\n]*|/\*.*?\*/", " ", RegexOptions.Singleline, MatchTimeout);
                text = Regex.Replace(text, @"=.*$", "", RegexOptions.Singleline, MatchTimeout);
                text = Regex.Replace(text, @"@\w+(\([^)]*\))?|\b(final|params|this|in|scoped)\s+", " ", RegexOptions.None, MatchTimeout).Trim();
                var cut = Regex.Match(text, @"^(.*?)\s*\b([\w$]+)$", RegexOptions.Singleline, MatchTimeout);
                parameters.Add(cut.Success && cut.Groups[1].Value.Length > 0
                    ? new Parameter(Regex.Replace(cut.Groups[1].Value, @"\s+", " ", RegexOptions.None, MatchTimeout).Replace(" [", "[").Replace("< ", "<").Replace(" >", ">"), cut.Groups[2].Value)
                    : new Parameter(text, ""));
            }
            return new Declaration(string.Join(' ', tokens), parameters);
        }
        return null;
    }

    /// <summary>The index of the ')' closing the '(' just before <paramref name="open"/>, or -1.</summary>
    private static int Closing(string source, int open)
    {
        var depth = 1;
        for (var i = open; i < source.Length; i++)
        {
            if (source[i] == '(')
            {
                depth++;
            }
            else if (source[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The comma-separated parts of a parameter list, commas inside &lt;&gt;, () or [] kept.</summary>
    private static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        if (list.Trim().Length == 0)
        {
            return parts;
        }
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<' or '(' or '[': depth++; break;
                case '>' or ')' or ']': depth--; break;
                case ',' when depth == 0:
                    parts.Add(list[start..i]);
                    start = i + 1;
                    break;
            }
        }
        parts.Add(list[start..]);
        return parts;
    }
}
