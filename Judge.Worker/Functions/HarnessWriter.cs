using System.Globalization;
using System.Text;
using Judge.Domain.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Functions;

/// <summary>
/// Fills a language's harness template (docs/function-problems.md#the-harness-contract) for one signature.
/// <list type="bullet">
/// <item>Sections: the lines between <c>{{#function}}</c> and <c>{{/function}}</c> are kept for a function, those
/// between <c>{{#design}}</c> and <c>{{/design}}</c> for a design problem's class; <c>{{#methods}}</c> ...
/// <c>{{/methods}}</c> is repeated once per method of the class (each marker alone on its line).</item>
/// <item>A line whose text starts with <c>{{when_value}}</c> is kept only when the function (inside a methods section: the
/// method) returns a value, <c>{{when_void}}</c> only when it is void.</item>
/// <item>The lines between <c>{{#nodes}}</c> and <c>{{/nodes}}</c> are kept only when the signature uses ListNode or
/// TreeNode, those between <c>{{#ListNode}}</c> and <c>{{/ListNode}}</c> (<c>{{#TreeNode}}</c>, <c>{{/TreeNode}}</c>) only
/// when it uses that type; these sections may sit inside the others. The harness declares the node types there, so a
/// candidate may declare a type of their own of that name (a helper) on a problem that does not use it.</item>
/// <item>A function's placeholders: {{function}}, {{read_arguments}} (one <see cref="FunctionSupport.ReadArgument"/>
/// line per parameter, indented as the placeholder's line), {{arguments}}, {{judged}} (result, or a void function's
/// in-place argument argN), {{return_type}} and {{return_kind}} (the judged value's), {{parameter_count}},
/// {{parameter_names}}.</item>
/// <item>A design problem's: {{class}}, {{constructor_read_arguments}} (one <see cref="FunctionSupport.DesignReadArgument"/>
/// line per constructor parameter), {{constructor_arguments}}, {{constructor_parameter_count}},
/// {{constructor_parameter_names}}, {{method_names}} (the methods' names as tests write them, comma-separated); in a
/// methods section {{method}} (spelt for the language), {{method_name}} (as tests write it), {{method_index}},
/// {{method_read_arguments}}, {{method_arguments}}, {{method_parameter_count}}, {{method_parameter_names}},
/// {{method_return_type}}, {{method_return_kind}} and {{class}}.</item>
/// <item>Both: {{solution_file}} and {{result_path}}.</item>
/// </list>
/// </summary>
internal static class HarnessWriter
{
    private const string WhenValue = "{{when_value}}";
    private const string WhenVoid = "{{when_void}}";

    public static string Write(string template, FunctionSupport support, FunctionLanguage spelling, FunctionSignature signature)
    {
        var design = signature.Design;
        var text = new StringBuilder(template.Length + 256);
        var lines = template.Split('\n');
        var section = "";
        // "nodes" (either node type), "ListNode" or "TreeNode" inside such a section; null outside.
        string? nodeSection = null;
        var nodes = signature.Types.Where(t => t.IsNode).Select(t => t.ScalarName).ToHashSet(StringComparer.Ordinal);
        List<string>? methodLines = null;
        foreach (var line in lines)
        {
            switch (line.Trim())
            {
                case "{{#function}}" or "{{#design}}":
                    section = line.Trim()[3..^2];
                    continue;
                case "{{/function}}" or "{{/design}}":
                    section = "";
                    continue;
                case "{{#nodes}}" or "{{#ListNode}}" or "{{#TreeNode}}":
                    nodeSection = line.Trim()[3..^2];
                    continue;
                case "{{/nodes}}" or "{{/ListNode}}" or "{{/TreeNode}}":
                    nodeSection = null;
                    continue;
                case "{{#methods}}":
                    methodLines = [];
                    continue;
                case "{{/methods}}":
                    for (var m = 0; design is not null && m < design.Methods.Count; m++)
                    {
                        foreach (var methodLine in methodLines ?? [])
                        {
                            AppendMethodLine(text, methodLine, design, design.Methods[m], m, support, spelling);
                        }
                    }
                    methodLines = null;
                    continue;
            }
            if ((section == "function" && design is not null) || (section == "design" && design is null)
                || (nodeSection is not null && (nodeSection == "nodes" ? nodes.Count == 0 : !nodes.Contains(nodeSection))))
            {
                continue;
            }
            if (methodLines is not null)
            {
                methodLines.Add(line);
                continue;
            }
            if (Conditional(line, signature.ReturnType is not null) is not { } kept)
            {
                continue;
            }
            if (design is null)
            {
                AppendFunctionLine(text, kept, signature, support, spelling);
            }
            else
            {
                AppendDesignLine(text, kept, design, support, spelling);
            }
        }
        return text.ToString(0, Math.Max(0, text.Length - 1));
    }

    private static void AppendFunctionLine(StringBuilder text, string line, FunctionSignature signature, FunctionSupport support, FunctionLanguage spelling)
    {
        if (AppendReadArguments(text, line, "{{read_arguments}}", support.ReadArgument, signature.Parameters, spelling))
        {
            return;
        }
        var judged = signature.InPlace is { } inPlace ? $"arg{signature.Parameters.ToList().IndexOf(inPlace)}" : "result";
        text.Append(Common(line, support)
            .Replace("{{function}}", spelling.FunctionNameOf(signature), StringComparison.Ordinal)
            .Replace("{{arguments}}", Arguments(signature.Parameters.Count), StringComparison.Ordinal)
            .Replace("{{judged}}", judged, StringComparison.Ordinal)
            .Replace("{{return_type}}", spelling.TypeName(signature.JudgedType), StringComparison.Ordinal)
            .Replace("{{return_kind}}", signature.JudgedType.Kind, StringComparison.Ordinal)
            .Replace("{{parameter_count}}", Count(signature.Parameters.Count), StringComparison.Ordinal)
            .Replace("{{parameter_names}}", Names(signature.Parameters, spelling), StringComparison.Ordinal)).Append('\n');
    }

    private static void AppendDesignLine(StringBuilder text, string line, DesignClass design, FunctionSupport support, FunctionLanguage spelling)
    {
        if (AppendReadArguments(text, line, "{{constructor_read_arguments}}", support.DesignReadArgument, design.ConstructorParameters, spelling))
        {
            return;
        }
        text.Append(Common(line, support)
            .Replace("{{class}}", design.Name, StringComparison.Ordinal)
            .Replace("{{constructor_arguments}}", Arguments(design.ConstructorParameters.Count), StringComparison.Ordinal)
            .Replace("{{constructor_parameter_count}}", Count(design.ConstructorParameters.Count), StringComparison.Ordinal)
            .Replace("{{constructor_parameter_names}}", Names(design.ConstructorParameters, spelling), StringComparison.Ordinal)
            .Replace("{{method_names}}", string.Join(", ", design.Methods.Select(m => m.Name)), StringComparison.Ordinal)).Append('\n');
    }

    private static void AppendMethodLine(StringBuilder text, string line, DesignClass design, DesignMethod method, int index, FunctionSupport support, FunctionLanguage spelling)
    {
        if (Conditional(line, method.ReturnType is not null) is not { } kept
            || AppendReadArguments(text, kept, "{{method_read_arguments}}", support.DesignReadArgument, method.Parameters, spelling))
        {
            return;
        }
        var returns = method.ReturnType;
        text.Append(Common(kept, support)
            .Replace("{{class}}", design.Name, StringComparison.Ordinal)
            .Replace("{{method}}", spelling.MethodNameOf(method), StringComparison.Ordinal)
            .Replace("{{method_name}}", method.Name, StringComparison.Ordinal)
            .Replace("{{method_index}}", Count(index), StringComparison.Ordinal)
            .Replace("{{method_arguments}}", Arguments(method.Parameters.Count), StringComparison.Ordinal)
            .Replace("{{method_parameter_count}}", Count(method.Parameters.Count), StringComparison.Ordinal)
            .Replace("{{method_parameter_names}}", Names(method.Parameters, spelling), StringComparison.Ordinal)
            .Replace("{{method_return_type}}", returns is null ? spelling.Void : spelling.TypeName(returns), StringComparison.Ordinal)
            .Replace("{{method_return_kind}}", returns?.Kind ?? "Void", StringComparison.Ordinal)).Append('\n');
    }

    /// <summary>When <paramref name="line"/> is the placeholder alone, one filled pattern line per parameter at its indent.</summary>
    private static bool AppendReadArguments(StringBuilder text, string line, string placeholder, string pattern, IReadOnlyList<FunctionParameter> parameters, FunctionLanguage spelling)
    {
        if (line.Trim() != placeholder)
        {
            return false;
        }
        var indent = line[..line.IndexOf(placeholder, StringComparison.Ordinal)];
        for (var i = 0; i < parameters.Count; i++)
        {
            text.Append(indent).Append(pattern
                .Replace("{index}", Count(i), StringComparison.Ordinal)
                .Replace("{name}", spelling.ParameterNameOf(parameters[i]), StringComparison.Ordinal)
                .Replace("{type}", spelling.TypeName(parameters[i].Type), StringComparison.Ordinal)
                .Replace("{Kind}", parameters[i].Type.Kind, StringComparison.Ordinal)).Append('\n');
        }
        return true;
    }

    private static string Common(string line, FunctionSupport support) => line
        .Replace("{{solution_file}}", support.SolutionFile, StringComparison.Ordinal)
        .Replace("{{result_path}}", SandboxFiles.ContainerReturnValuePath, StringComparison.Ordinal);

    private static string Arguments(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"arg{i}"));

    private static string Names(IReadOnlyList<FunctionParameter> parameters, FunctionLanguage spelling) => string.Join(", ", parameters.Select(spelling.ParameterNameOf));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The line without its condition marker, or null when its condition does not hold.</summary>
    private static string? Conditional(string line, bool returnsValue)
    {
        var text = line.TrimStart();
        var marker = text.StartsWith(WhenValue, StringComparison.Ordinal) ? WhenValue
            : text.StartsWith(WhenVoid, StringComparison.Ordinal) ? WhenVoid
            : null;
        if (marker is null)
        {
            return line;
        }
        return (marker == WhenValue) == returnsValue ? line[..(line.Length - text.Length)] + text[marker.Length..] : null;
    }
}
