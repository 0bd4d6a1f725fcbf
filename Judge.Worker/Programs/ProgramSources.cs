using Judge.Worker.Functions;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Worker.Languages;

namespace Judge.Worker.Programs;

/// <summary>
/// Builds what a submission compiles from (<see cref="ProgramSource"/>): the source alone for a program problem; for a
/// function-style problem, the candidate's code and a harness generated from the language's template (read once per
/// template) and the problem's signature, compiled and run with the language's function commands.
/// </summary>
internal sealed partial class ProgramSources(FunctionLanguages functionLanguages)
{
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    /// <summary>
    /// The program of <paramref name="source"/> in <paramref name="languageId"/> for <paramref name="problem"/>; false
    /// with <paramref name="reason"/> (for the candidate) when the problem is function-style and the language serves none.
    /// </summary>
    /// <exception cref="IOException">The harness template cannot be read (checked at start; the job is retried).</exception>
    public bool TryCreate(string languageId, LanguageDefinition language, ProblemHeader problem, ReadOnlyMemory<byte> source,
        [NotNullWhen(true)] out ProgramSource? program, out string reason)
    {
        reason = "";
        if (problem.Signature is null)
        {
            program = ProgramSource.Program(language, source);
            return true;
        }
        if (language.Function is not { } support || !functionLanguages.TryGet(language.FamilyOf(languageId), out var spelling))
        {
            program = null;
            reason = $"function-style problems are not served in {language.DisplayName}";
            return false;
        }
        var signature = FunctionSignature.From(problem.Signature);
        if (signature.Design is not null && support.DesignReadArgument.Length == 0)
        {
            program = null;
            reason = $"design problems (a class with methods) are not served in {language.DisplayName}";
            return false;
        }
        if (!support.Nodes && signature.Types.Any(t => t.IsNode))
        {
            program = null;
            reason = $"linked lists and binary trees (ListNode, TreeNode) are not served in {language.DisplayName} yet";
            return false;
        }
        var template = _templates.GetOrAdd(support.HarnessPath, File.ReadAllText);
        var harness = HarnessWriter.Write(template, support, spelling, signature);
        var runs = language.ForFunctions(support);
        var text = Encoding.UTF8.GetString(source.Span);
        if (support.DefaultPackage.Length > 0 && !PackageClause().IsMatch(text))
        {
            // On its first line, so the compiler's line numbers stay the candidate's.
            var clause = $"package {support.DefaultPackage}; ";
            source = (byte[])[.. Encoding.UTF8.GetBytes(clause), .. source.Span];
            text = clause + text;
        }
        program = new ProgramSource(runs,
            [new SourceFileContent(support.SolutionFile, source), new SourceFileContent(support.HarnessFile, Encoding.UTF8.GetBytes(harness))],
            new FunctionHarness(support.SolutionFile, support.HarnessFile, spelling.FunctionNameOf(signature), spelling.DeclarationOf(signature),
                text, DesignMembers(spelling, signature)));
        return true;
    }

    [GeneratedRegex(@"^[ \t]*package[ \t]+[A-Za-z_]", RegexOptions.Multiline, matchTimeoutMilliseconds: 200)]
    private static partial Regex PackageClause();

    /// <summary>A design problem's constructor and methods, each with its line of the stub; null for a function.</summary>
    private static List<(string Name, string Declaration)>? DesignMembers(FunctionLanguage spelling, FunctionSignature signature)
    {
        if (signature.Design is not { } design)
        {
            return null;
        }
        var stub = spelling.StubFor(signature).Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith('*') && !l.StartsWith("/*", StringComparison.Ordinal)).ToList();
        string Line(string name) => stub.FirstOrDefault(l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"(?<![\w$]){System.Text.RegularExpressions.Regex.Escape(name)}\s*\(")) is { } line
            ? line.TrimEnd('{', ':', ' ')
            : name;
        var constructor = spelling.Constructor ?? design.Name;
        return [(constructor, Line(constructor)), .. design.Methods.Select(m => (spelling.MethodNameOf(m), Line(spelling.MethodNameOf(m))))];
    }
}
