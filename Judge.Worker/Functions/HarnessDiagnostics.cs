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
        var harnessLines = new List<string>();
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
                    // tsc quotes the string literal type that holds it: ... type '"[signature] DETAIL"'.
                    detail = detail.EndsWith("\"'.", StringComparison.Ordinal) ? detail[..^3] : detail;
                }
            }
            if (!inHarness && line.Length > 0)
            {
                kept.Append(line).Append('\n');
            }
            else if (inHarness)
            {
                harnessLines.Add(line);
            }
        }
        var own = JudgesNames(kept.ToString(), harness);
        if (!mismatch)
        {
            return own;
        }
        if (harness.Members is { } members)
        {
            return DesignExplanation(harnessLines, harness, members, detail) + "\n" + own;
        }
        return Explanation(harness, detail) + (detail is null ? MethodDeclarations.Difference(harnessLines, harness) : "") + "\n" + own;
    }

    // A design problem's harness calls the constructor as "judgeObject = new C(" and a method as "judgeObject.m(" (javac
    // echoes the line); the C# and Go harnesses put the constructor's call on line 9090 and method k's on line 91k0
    // (Roslyn: "main.cs(9100,5): error", Go: "main.go:9100:5: ...").
    [GeneratedRegex(@"judgeObject\s*=\s*new\s|judgeObject\.([\w$]+)\(")]
    private static partial Regex JavaDesignCall();

    [GeneratedRegex(@"[(:](9090|91(\d+)0)(,\d+\): error|:\d+: )")]
    private static partial Regex NumberedDesignCall();

    // Go: a name of the candidate's that the harness declares too (main; ListNode or TreeNode, which the candidate
    // pasted from LeetCode's comment), with the compiler's pointer to the harness's declaration on the next line.
    [GeneratedRegex(@"^\S*?([\w.-]+):(\d+):\d+: (\w+) redeclared in this block\n\s+\S+:\d+:\d+: other declaration of \w+\n", RegexOptions.Multiline)]
    private static partial Regex Redeclared();

    /// <summary>Each redeclaration of a name the harness declares, said in the candidate's terms (no harness file named).</summary>
    private static string JudgesNames(string kept, FunctionHarness harness) => Redeclared().Replace(kept, m =>
    {
        if (m.Groups[1].Value != harness.SolutionFile)
        {
            return m.Value;
        }
        var name = m.Groups[3].Value;
        var why = name switch
        {
            "main" => "the harness is the program's main (it calls your code); remove this func main",
            "ListNode" or "TreeNode" => $"the judge declares LeetCode's {name} (the stub shows it as a comment); remove this declaration or make it a comment",
            _ => "the judge's harness declares it; rename yours",
        };
        return $"{harness.SolutionFile}:{m.Groups[2].Value}: {name} is already declared: {why}\n";
    });

    // The C++ harness's detail names the member first: "#0 ..." the constructor, "#K ..." the K-th method.
    [GeneratedRegex(@"^#(\d+) (.+)$")]
    private static partial Regex MemberDetail();

    /// <summary>The member (constructor or method) whose call does not compile: missing, or declared otherwise.</summary>
    private static string DesignExplanation(IReadOnlyList<string> harnessLines, FunctionHarness harness, IReadOnlyList<(string Name, string Declaration)> members, string? detail)
    {
        int? member;
        string? memberDetail = null;
        if (detail is not null && MemberDetail().Match(detail) is { Success: true } tagged && int.TryParse(tagged.Groups[1].Value, out var tag))
        {
            member = tag;
            memberDetail = tagged.Groups[2].Value;
        }
        else
        {
            member = CalledMember(harnessLines, members);
        }
        var classLine = DeclaringLine(harness.CandidateSource, harness.FunctionName);
        if (member is not { } index || index < 0 || index >= members.Count || classLine is null)
        {
            return classLine is { } number
                ? $"{harness.SolutionFile}:{number}: {harness.FunctionName} does not match the required declaration: {harness.Declaration}"
                : $"{harness.SolutionFile}: no class {harness.FunctionName} is declared; the required declaration is: {harness.Declaration}";
        }
        var (name, declaration) = members[index];
        var what = index == 0 ? "constructor" : "method";
        var asMember = harness with { FunctionName = name, Declaration = declaration, Members = null };
        var declared = MethodDeclarations.Declares(harness.CandidateSource, name);
        if (memberDetail is not null && (declared || index == 0))
        {
            // A constructor (no return type) is not seen by Declares; the detail says whether one fits.
            var line = DeclaringLine(harness.CandidateSource, name, call: true);
            return $"{harness.SolutionFile}{(line is { } at ? $":{at}" : "")}: {memberDetail}; the required declaration is: {declaration}";
        }
        if (!declared)
        {
            return $"{harness.SolutionFile}: {harness.FunctionName} has no {what} {name}; the required declaration is: {declaration}";
        }
        var difference = MethodDeclarations.Difference([], asMember);
        return $"{harness.SolutionFile}: the {what} {name} of {harness.FunctionName} does not match the required declaration: {declaration}{difference}";
    }

    /// <summary>The member whose call the Java, C# or Go compiler refused (0 the constructor, K the K-th method), or null.</summary>
    private static int? CalledMember(IReadOnlyList<string> harnessLines, IReadOnlyList<(string Name, string Declaration)> members)
    {
        foreach (var line in harnessLines)
        {
            if (JavaDesignCall().Match(line) is { Success: true } java)
            {
                return java.Groups[1].Success ? members.Skip(1).ToList().FindIndex(m => m.Name == java.Groups[1].Value) + 1 : 0;
            }
            if (NumberedDesignCall().Match(line) is { Success: true } numbered)
            {
                return numbered.Groups[2].Success && int.TryParse(numbered.Groups[2].Value, out var k) ? k + 1 : 0;
            }
        }
        return null;
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

    /// <summary>The 1-based line where <paramref name="name"/> first appears as a whole word (with <paramref name="call"/>,
    /// followed by "(": a constructor's or method's declaration), or null.</summary>
    private static int? DeclaringLine(string source, string name, bool call = false)
    {
        var pattern = new Regex($@"(?<![A-Za-z0-9_$]){Regex.Escape(name)}(?![A-Za-z0-9_$]){(call ? @"\s*\(" : "")}");
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
