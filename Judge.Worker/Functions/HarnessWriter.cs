using System.Globalization;
using System.Text;
using Judge.Domain.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Functions;

/// <summary>
/// Fills a language's harness template (docs/function-problems.md) for one signature: {{function}}, {{read_arguments}}
/// (one <see cref="FunctionSupport.ReadArgument"/> line per parameter, indented as the placeholder's line),
/// {{arguments}}, {{return_type}}, {{return_kind}}, {{parameter_count}}, {{parameter_names}}, {{solution_file}} and
/// {{result_path}}.
/// </summary>
internal static class HarnessWriter
{
    private const string ReadArguments = "{{read_arguments}}";

    public static string Write(string template, FunctionSupport support, FunctionLanguage spelling, FunctionSignature signature)
    {
        var arguments = signature.Parameters.Select((p, i) => support.ReadArgument
            .Replace("{index}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{name}", spelling.ParameterNameOf(p), StringComparison.Ordinal)
            .Replace("{type}", spelling.TypeName(p.Type), StringComparison.Ordinal)
            .Replace("{Kind}", p.Type.Kind, StringComparison.Ordinal)).ToList();
        var text = new StringBuilder(template.Length + 256);
        foreach (var line in template.Split('\n'))
        {
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
                .Replace("{{return_type}}", spelling.TypeName(signature.ReturnType), StringComparison.Ordinal)
                .Replace("{{return_kind}}", signature.ReturnType.Kind, StringComparison.Ordinal)
                .Replace("{{parameter_count}}", signature.Parameters.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{{parameter_names}}", string.Join(", ", signature.Parameters.Select(spelling.ParameterNameOf)), StringComparison.Ordinal)
                .Replace("{{solution_file}}", support.SolutionFile, StringComparison.Ordinal)
                .Replace("{{result_path}}", SandboxFiles.ContainerReturnValuePath, StringComparison.Ordinal)).Append('\n');
        }
        return text.ToString(0, text.Length - 1);
    }
}
