using System.Globalization;
using System.Text;
using Judge.Domain.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Functions;

/// <summary>
/// Fills a language's harness template (docs/function-problems.md) for one signature: {{function}}, {{read_arguments}}
/// (one <see cref="FunctionSupport.ReadArgument"/> line per parameter, indented as the placeholder's line),
/// {{arguments}}, {{judged}} (result, or a void function's in-place argument argN), {{return_type}} and {{return_kind}}
/// (the judged value's), {{parameter_count}}, {{parameter_names}}, {{solution_file}} and {{result_path}}. A line
/// whose text starts with {{when_value}} is kept only when the function returns a value, {{when_void}} only when it is void.
/// </summary>
internal static class HarnessWriter
{
    private const string ReadArguments = "{{read_arguments}}";
    private const string WhenValue = "{{when_value}}";
    private const string WhenVoid = "{{when_void}}";

    public static string Write(string template, FunctionSupport support, FunctionLanguage spelling, FunctionSignature signature)
    {
        var arguments = signature.Parameters.Select((p, i) => support.ReadArgument
            .Replace("{index}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{name}", spelling.ParameterNameOf(p), StringComparison.Ordinal)
            .Replace("{type}", spelling.TypeName(p.Type), StringComparison.Ordinal)
            .Replace("{Kind}", p.Type.Kind, StringComparison.Ordinal)).ToList();
        var judged = signature.InPlace is { } inPlace ? $"arg{signature.Parameters.ToList().IndexOf(inPlace)}" : "result";
        var text = new StringBuilder(template.Length + 256);
        foreach (var whole in template.Split('\n'))
        {
            if (Conditional(whole, signature.ReturnType is not null) is not { } line)
            {
                continue;
            }
            if (line.Trim() == ReadArguments)
            {
                var indent = line[..line.IndexOf(ReadArguments, StringComparison.Ordinal)];
                foreach (var argument in arguments)
                {
                    text.Append(indent).Append(argument).Append('\n');
                }
                continue;
            }
            text.Append(line
                .Replace("{{function}}", spelling.FunctionNameOf(signature), StringComparison.Ordinal)
                .Replace("{{arguments}}", string.Join(", ", signature.Parameters.Select((_, i) => $"arg{i}")), StringComparison.Ordinal)
                .Replace("{{judged}}", judged, StringComparison.Ordinal)
                .Replace("{{return_type}}", spelling.TypeName(signature.JudgedType), StringComparison.Ordinal)
                .Replace("{{return_kind}}", signature.JudgedType.Kind, StringComparison.Ordinal)
                .Replace("{{parameter_count}}", signature.Parameters.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{{parameter_names}}", string.Join(", ", signature.Parameters.Select(spelling.ParameterNameOf)), StringComparison.Ordinal)
                .Replace("{{solution_file}}", support.SolutionFile, StringComparison.Ordinal)
                .Replace("{{result_path}}", SandboxFiles.ContainerReturnValuePath, StringComparison.Ordinal)).Append('\n');
        }
        return text.ToString(0, text.Length - 1);
    }

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
