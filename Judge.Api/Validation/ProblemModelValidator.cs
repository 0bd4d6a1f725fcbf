using System.Text;
using System.Text.RegularExpressions;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Microsoft.Extensions.Options;

namespace Judge.Api.Validation;

/// <summary>
/// The rules of the problem model beyond limits and tests: statement, checker and its settings, signature, scoring
/// and groups, per-language limits, solutions. Each failure is INVALID_ARGUMENT naming the field.
/// </summary>
public sealed partial class ProblemModelValidator(IOptions<ApiOptions> options)
{
    private const uint MaxPoints = 1_000_000;
    private const int MaxSolutions = 20;
    private const double MaxTimeMultiplier = 20;
    private const uint MaxMemoryAllowanceMiB = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Verdict[] SolutionVerdicts =
    [
        Verdict.Accepted, Verdict.WrongAnswer, Verdict.TimeLimitExceeded, Verdict.MemoryLimitExceeded,
        Verdict.RuntimeError, Verdict.CompilationError, Verdict.OutputLimitExceeded, Verdict.Partial,
    ];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex GroupName();

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex FileName();

    public void Validate(ProblemHeader header)
    {
        var limits = options.Value;
        if (Encoding.UTF8.GetByteCount(header.Statement) > limits.MaxStatementBytes)
        {
            throw Invalid.Argument($"statement is over {limits.MaxStatementBytes} bytes");
        }
        ValidateChecker(header, limits);
        ValidateSignature(header);
        ValidateInteractor(header, limits);
        ValidateGroups(header);
        ValidateLanguageLimits(header);
        ValidateSolutions(header, limits);
    }

    private static bool IsProgramChecker(Checker checker) => checker is Checker.Testlib or Checker.CsharpScript;

    private static void ValidateChecker(ProblemHeader header, ApiOptions limits)
    {
        if (!Enum.IsDefined(header.Checker))
        {
            throw Invalid.Argument($"checker {(int)header.Checker} is not a known checker ({string.Join(", ", Enum.GetNames<Checker>().Skip(1))})");
        }
        var settings = header.CheckerSettings ?? new CheckerSettings();
        if (!(settings.AbsoluteTolerance >= 0 && double.IsFinite(settings.AbsoluteTolerance)))
        {
            throw Invalid.Argument($"checker_settings.absolute_tolerance is {settings.AbsoluteTolerance}; it must be a finite number >= 0");
        }
        if (!(settings.RelativeTolerance >= 0 && double.IsFinite(settings.RelativeTolerance)))
        {
            throw Invalid.Argument($"checker_settings.relative_tolerance is {settings.RelativeTolerance}; it must be a finite number >= 0");
        }
        if (!IsProgramChecker(header.Checker))
        {
            if (settings.Files.Count > 0 || settings.MainFile.Length > 0)
            {
                throw Invalid.Argument($"checker_settings.files are for TESTLIB and CSHARP_SCRIPT checkers, not {header.Checker}");
            }
            return;
        }
        if (settings.Files.Count == 0)
        {
            throw Invalid.Argument($"checker_settings.files: a {header.Checker} checker needs its source files");
        }
        ValidateProgramFiles(settings.Files, settings.MainFile, "checker_settings", limits);
        if (!header.Solutions.Any(s => s.Reference))
        {
            throw Invalid.Argument("solutions: a program checker is verified by judging the reference solution with it; mark one solution as the reference");
        }
    }

    /// <summary>
    /// A program's files (a checker's or an interactor's, under <paramref name="field"/>): plain, unique names, at most
    /// ApiOptions.MaxCheckerBytes in all, and the main file among them.
    /// </summary>
    private static void ValidateProgramFiles(IEnumerable<SourceFile> files, string mainFile, string field, ApiOptions limits)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var file in files)
        {
            if (!FileName().IsMatch(file.Name))
            {
                throw Invalid.Argument($"{field}.files: '{file.Name}' is not a plain file name (letters, digits, '.', '_', '-'; at most 64)");
            }
            if (!names.Add(file.Name))
            {
                throw Invalid.Argument($"{field}.files: '{file.Name}' appears twice");
            }
            total += file.Content.Length;
        }
        if (total > limits.MaxCheckerBytes)
        {
            throw Invalid.Argument($"{field}.files add up to {total} bytes; the limit is {limits.MaxCheckerBytes}");
        }
        if (!names.Contains(mainFile))
        {
            throw Invalid.Argument($"{field}.main_file '{mainFile}' is not one of {field}.files");
        }
    }

    /// <summary>
    /// An interactor makes an interactive problem (docs/interactive-problems.md): a testlib C++ program, verified by
    /// judging the reference solution with it; never with a signature, whose harness owns the program's stdin and stdout.
    /// </summary>
    private static void ValidateInteractor(ProblemHeader header, ApiOptions limits)
    {
        if (header.Interactor is not { } interactor)
        {
            return;
        }
        if (interactor.Files.Count == 0)
        {
            throw Invalid.Argument("interactor.files: an interactor needs its source files (the C++ program and the testlib.h it includes)");
        }
        ValidateProgramFiles(interactor.Files, interactor.MainFile, "interactor", limits);
        if (header.Signature is not null)
        {
            throw Invalid.Argument("interactor: a function-style problem (one with a signature) cannot be interactive");
        }
        if (header.Checker == Checker.ReturnValue)
        {
            throw Invalid.Argument("checker: RETURN_VALUE is for function-style problems; an interactive problem is judged by its interactor");
        }
        if (!header.Solutions.Any(s => s.Reference))
        {
            throw Invalid.Argument("solutions: an interactor is verified by judging the reference solution with it; mark one solution as the reference");
        }
    }

    /// <summary>
    /// A signature makes a function-style problem, judged by its return value (docs/function-problems.md), or for "any
    /// valid answer" by a program checker (TESTLIB, CSHARP_SCRIPT) given the arguments, the returned JSON and the answer.
    /// </summary>
    private static void ValidateSignature(ProblemHeader header)
    {
        if (header.Signature is null)
        {
            if (header.Checker == Checker.ReturnValue)
            {
                throw Invalid.Argument("checker: RETURN_VALUE is for function-style problems; set signature");
            }
            return;
        }
        try
        {
            FunctionSignature.From(header.Signature);
        }
        catch (SignatureException e)
        {
            throw Invalid.Argument(e.Message);
        }
        if (header.Checker is not (Checker.Unspecified or Checker.ReturnValue or Checker.Testlib or Checker.CsharpScript))
        {
            throw Invalid.Argument($"checker: a function-style problem (one with a signature) is judged by its return value (RETURN_VALUE) or a program checker (TESTLIB, CSHARP_SCRIPT), not {header.Checker}");
        }
    }

    private static void ValidateGroups(ProblemHeader header)
    {
        if (!Enum.IsDefined(header.Scoring))
        {
            throw Invalid.Argument($"scoring {(int)header.Scoring} is not a known rule (PER_TEST or GROUPS)");
        }
        if (header.Scoring == Scoring.Groups && header.Groups.Count == 0)
        {
            throw Invalid.Argument("groups: scoring GROUPS needs at least one group");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var owner = new Dictionary<uint, string>();
        foreach (var group in header.Groups)
        {
            if (!GroupName().IsMatch(group.Name))
            {
                throw Invalid.Argument($"groups: name '{group.Name}' must be 1-64 letters, digits, '_' or '-'");
            }
            if (group.Points > MaxPoints)
            {
                throw Invalid.Argument($"groups[{group.Name}].points must be at most {MaxPoints}");
            }
            if (group.Tests.Count == 0)
            {
                throw Invalid.Argument($"groups[{group.Name}].tests is empty");
            }
            foreach (var test in group.Tests)
            {
                if (test >= header.Tests.Count)
                {
                    throw Invalid.Argument($"groups[{group.Name}].tests refers to test {test}, but the problem has {header.Tests.Count} tests");
                }
                if (!owner.TryAdd(test, group.Name))
                {
                    throw Invalid.Argument($"groups[{group.Name}].tests: test {test} is already in group '{owner[test]}'");
                }
            }
            foreach (var dependency in group.DependsOn)
            {
                if (!seen.Contains(dependency))
                {
                    throw Invalid.Argument($"groups[{group.Name}].depends_on names '{dependency}', which is not an earlier group");
                }
            }
            if (!seen.Add(group.Name))
            {
                throw Invalid.Argument($"groups: name '{group.Name}' appears twice");
            }
        }
        if (header.Scoring == Scoring.Groups)
        {
            for (var i = 0; i < header.Tests.Count; i++)
            {
                if (!header.Tests[i].Sample && !owner.ContainsKey((uint)i))
                {
                    throw Invalid.Argument($"groups: test {i} is in no group; with scoring GROUPS every test but the samples belongs to one");
                }
            }
        }
    }

    private static void ValidateLanguageLimits(ProblemHeader header)
    {
        var languages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in header.LanguageLimits)
        {
            if (!Identifiers.IsLanguageId(entry.Language))
            {
                throw Invalid.Argument($"language_limits: '{entry.Language}' is not a language id such as 'cpp' or 'python'");
            }
            if (!languages.Add(entry.Language))
            {
                throw Invalid.Argument($"language_limits: '{entry.Language}' appears twice");
            }
            if (entry.HasTimeMultiplier && !(entry.TimeMultiplier > 0 && entry.TimeMultiplier <= MaxTimeMultiplier))
            {
                throw Invalid.Argument($"language_limits[{entry.Language}].time_multiplier is {entry.TimeMultiplier}; it must be > 0 and at most {MaxTimeMultiplier}");
            }
            if (entry.HasMemoryAllowanceMib && entry.MemoryAllowanceMib > MaxMemoryAllowanceMiB)
            {
                throw Invalid.Argument($"language_limits[{entry.Language}].memory_allowance_mib is {entry.MemoryAllowanceMib}; it must be at most {MaxMemoryAllowanceMiB}");
            }
        }
    }

    private static void ValidateSolutions(ProblemHeader header, ApiOptions limits)
    {
        if (header.Solutions.Count > MaxSolutions)
        {
            throw Invalid.Argument($"solutions: at most {MaxSolutions}; this problem has {header.Solutions.Count}");
        }
        foreach (var solution in header.Solutions)
        {
            var name = solution.Name.Length == 0 ? "(unnamed)" : solution.Name;
            if (solution.Name.Length is 0 or > 200)
            {
                throw Invalid.Argument($"solutions: name must be 1-200 characters ({name})");
            }
            if (!Identifiers.IsLanguageId(solution.Language))
            {
                throw Invalid.Argument($"solutions[{name}].language '{solution.Language}' is not a language id such as 'cpp' or 'python'");
            }
            if (solution.Source.Length == 0 || solution.Source.Length > limits.MaxSourceBytes)
            {
                throw Invalid.Argument($"solutions[{name}].source must be 1-{limits.MaxSourceBytes} bytes");
            }
            try
            {
                StrictUtf8.GetString(solution.Source.Span);
            }
            catch (DecoderFallbackException)
            {
                throw Invalid.Argument($"solutions[{name}].source is not valid UTF-8");
            }
            if (!SolutionVerdicts.Contains(solution.ExpectedVerdict))
            {
                throw Invalid.Argument($"solutions[{name}].expected_verdict must be one of {string.Join(", ", SolutionVerdicts)}");
            }
            if (solution.Reference && solution.ExpectedVerdict != Verdict.Accepted)
            {
                throw Invalid.Argument($"solutions[{name}]: the reference solution must expect ACCEPTED");
            }
        }
        if (header.Solutions.Count(s => s.Reference) > 1)
        {
            throw Invalid.Argument("solutions: at most one is the reference");
        }
    }
}
