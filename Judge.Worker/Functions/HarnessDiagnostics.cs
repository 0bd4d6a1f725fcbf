using System.Text;
using System.Text.RegularExpressions;

namespace Judge.Worker.Functions;

/// <summary>
/// Turns a failed compile of a function-style program into the candidate's terms. The harness is generated and
/// correct, so a diagnostic in it means the candidate's function does not match the signature: those diagnostics
/// (with their source excerpts, which would show harness code) are replaced by one line naming the candidate's file,
/// the line that declares the function, and the declaration required. Diagnostics in the candidate's file are kept.
/// A harness that finds out what differs says so in a diagnostic of its own whose text holds <see cref="DetailMarker"/>
/// followed by the detail (C++: a static assertion); the detail, in the candidate's terms, heads the explanation.
/// </summary>
internal static partial class HarnessDiagnostics
{
    // A diagnostic starts at "FILE:LINE" (gcc, go, javac), "FILE(LINE,COL)" (Roslyn, tsc) or a gcc context line.
    [GeneratedRegex(@"^(\S+?(:\d+|\(\d+,\d+\))|In file included from |\S+: In (function|member function|instantiation)|\S+:\s*$)")]
    private static partial Regex DiagnosticStart();

    // Go's compiler reports only errors and names no severity: "FILE:LINE:COL: message" that is not a gcc warning or
    // note (nor a gcc context line, "FILE:LINE:COL:   required from here").
    [GeneratedRegex(@"^\S+?:\d+:\d+: (?!warning:|note:)\S")]
    private static partial Regex SeverityFreeDiagnostic();

    /// <summary>What precedes a harness's own account of what differs ("twoSum takes 3 parameter(s), but ...").</summary>
    public const string DetailMarker = "[signature] ";

    public static string Rewrite(string output, FunctionHarness harness)
    {
        var kept = new StringBuilder();
        var mismatch = false;
        var inHarness = false;
        string? detail = null;
        foreach (var line in output.Split('\n'))
        {
            if (DiagnosticStart().IsMatch(line))
            {
                inHarness = NamesFile(line, harness.HarnessFile);
                mismatch |= inHarness && (line.Contains("error", StringComparison.OrdinalIgnoreCase) || SeverityFreeDiagnostic().IsMatch(line));
                if (inHarness && detail is null && line.IndexOf(DetailMarker, StringComparison.Ordinal) is >= 0 and var at)
                {
                    detail = line[(at + DetailMarker.Length)..].Trim();
                }
            }
            if (!inHarness && line.Length > 0)
            {
                kept.Append(line).Append('\n');
            }
        }
        if (!mismatch)
        {
            return kept.ToString();
        }
        return Explanation(harness, detail) + "\n" + kept;
    }

    /// <summary>"solution.cpp:3: twoSum does not match ..." or "solution.cpp: no function twoSum is declared ...";
    /// with a harness's detail, "solution.cpp:3: DETAIL; the required declaration is: ...".</summary>
    private static string Explanation(FunctionHarness harness, string? detail)
    {
        var line = DeclaringLine(harness.CandidateSource, harness.FunctionName);
        if (detail is not null)
        {
            return $"{harness.SolutionFile}{(line is { } at ? $":{at}" : "")}: {detail}; the required declaration is: {harness.Declaration}";
        }
        return line is { } number
            ? $"{harness.SolutionFile}:{number}: {harness.FunctionName} does not match the required declaration: {harness.Declaration}"
            : $"{harness.SolutionFile}: no function {harness.FunctionName} is declared; the required declaration is: {harness.Declaration}";
    }

    /// <summary>The 1-based line where <paramref name="name"/> first appears as a whole word, or null.</summary>
    private static int? DeclaringLine(string source, string name)
    {
        var pattern = new Regex($@"(?<![A-Za-z0-9_$]){Regex.Escape(name)}(?![A-Za-z0-9_$])");
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (pattern.IsMatch(lines[i]))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static bool NamesFile(string line, string file)
    {
        var at = line.IndexOf(file, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || line[at - 1] is '/' or ' ' or '.') && at + file.Length < line.Length && line[at + file.Length] is ':' or '(';
    }
}
