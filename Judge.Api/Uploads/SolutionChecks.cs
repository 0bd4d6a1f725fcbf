using Judge.Domain;
using Grpc.Core;
using Judge.Contracts.V1;

namespace Judge.Api.Uploads;

/// <summary>
/// How a solution's final submission compares with its expected verdict, and the status an upload is
/// refused with. A solution passes when its overall verdict (<see cref="OverallVerdict"/>: the first test's, in run
/// order, that is neither ACCEPTED nor SKIPPED) is exactly the expected one, as library-checker's expected verdicts work.
/// </summary>
public static class SolutionChecks
{
    /// <summary>How a worker begins the INTERNAL_ERROR message of a submission whose program checker does not compile.</summary>
    public const string CheckerDoesNotCompile = "the checker does not compile:";

    /// <summary>The same for an interactive problem's interactor.</summary>
    public const string InteractorDoesNotCompile = "the interactor does not compile:";

    // Compiler output and messages are capped so that a refusal's status and report (HTTP/2 trailers, which
    // clients cap at 64 KiB) stay small.
    private const int MaxQuotedChars = 1000;
    private const int MaxStatusChars = 4000;

    private static readonly Google.Protobuf.Reflection.EnumDescriptor VerdictNames =
        JudgeReflection.Descriptor.EnumTypes.Single(e => e.ClrType == typeof(Verdict));

    /// <summary>The check of one solution from its final submission.</summary>
    public static SolutionCheck Compare(Solution solution, Submission final) => new()
    {
        Name = solution.Name,
        Language = solution.Language,
        Verdict = final.Verdict,
        Expected = solution.ExpectedVerdict,
        Passed = final.Verdict == solution.ExpectedVerdict,
        Score = final.Score,
        Detail = Describe(final),
    };

    /// <summary>The check of a solution that was not judged in time.</summary>
    public static SolutionCheck NotJudged(Solution solution) => new()
    {
        Name = solution.Name,
        Language = solution.Language,
        Expected = solution.ExpectedVerdict,
        Detail = "no verdict: not judged within the self-check's time (Api:SelfCheckTimeout)",
    };

    /// <summary>
    /// The field of the problem's program that the worker could not compile (the worker's message says so):
    /// "checker_settings" or "interactor"; null when it compiled.
    /// </summary>
    public static string? ProgramFailed(Submission final) =>
        final.Verdict != Verdict.InternalError ? null
        : final.Message.StartsWith(CheckerDoesNotCompile, StringComparison.Ordinal) ? "checker_settings"
        : final.Message.StartsWith(InteractorDoesNotCompile, StringComparison.Ordinal) ? "interactor"
        : null;

    /// <summary>
    /// The status refusing a version whose checks did not all pass: INVALID_ARGUMENT "checker_settings: the checker
    /// does not compile: ..." when the worker says so, else FAILED_PRECONDITION naming each failed solution, the
    /// reference first: "solutions[NAME] expected ACCEPTED but got WRONG_ANSWER on test 3". Null when all passed.
    /// </summary>
    public static RpcException? Refusal(IReadOnlyList<(Solution Solution, Submission Final)> judged)
    {
        if (judged.FirstOrDefault(j => ProgramFailed(j.Final) is not null) is { Final: { } broken })
        {
            return new RpcException(new Status(StatusCode.InvalidArgument, $"{ProgramFailed(broken)}: {Cap(broken.Message)}"));
        }
        var failed = judged
            .Where(j => j.Final.Verdict != j.Solution.ExpectedVerdict)
            .OrderByDescending(j => j.Solution.Reference)
            .Select(j => $"solutions[{j.Solution.Name}] expected {Name(j.Solution.ExpectedVerdict)} but got {Describe(j.Final)}")
            .ToList();
        if (failed.Count == 0)
        {
            return null;
        }
        var message = failed[0];
        var shown = 1;
        while (shown < failed.Count && message.Length + failed[shown].Length < MaxStatusChars)
        {
            message += "; " + failed[shown++];
        }
        if (shown < failed.Count)
        {
            message += $"; and {failed.Count - shown} more (every solution's result is in the trailer {SelfCheck.ReportTrailer})";
        }
        return new RpcException(new Status(StatusCode.FailedPrecondition, message));
    }

    /// <summary>The verdict as the proto names it, without the prefix: WRONG_ANSWER.</summary>
    public static string Name(Verdict verdict) =>
        VerdictNames.FindValueByNumber((int)verdict)?.Name.Replace("VERDICT_", "", StringComparison.Ordinal) ?? verdict.ToString();

    // "WRONG_ANSWER on test 3: <checker message>", "COMPILATION_ERROR: <compiler output>", "ACCEPTED on every test".
    private static string Describe(Submission final)
    {
        var verdict = Name(final.Verdict);
        switch (final.Verdict)
        {
            case Verdict.Accepted:
                return $"{verdict} on every test";
            case Verdict.CompilationError:
                return $"{verdict}: {Cap(final.CompileOutput)}";
            case Verdict.InternalError when final.Tests.All(t => t.Verdict is Verdict.Accepted or Verdict.Skipped):
                return $"{verdict}: {Cap(final.Message)}";
        }
        var test = OverallVerdict.FirstFailing(final.Tests);
        if (test is null)
        {
            return verdict;
        }
        var where = $"{verdict} on test {test.Index}";
        if (final.Verdict == Verdict.Partial)
        {
            where += $" (score {final.Score} of {final.MaxScore})";
        }
        return test.CheckerMessage.Length > 0 ? $"{where}: {Cap(test.CheckerMessage)}" : where;
    }

    private static string Cap(string text)
    {
        text = text.Trim();
        return text.Length <= MaxQuotedChars ? text : text[..MaxQuotedChars] + " ...";
    }
}
