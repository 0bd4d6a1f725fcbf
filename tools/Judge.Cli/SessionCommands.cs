using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;

namespace Judge.Cli;

/// <summary>The session commands: the screening pipeline's side of an assessment (an API key with the role assessment-admin).</summary>
public sealed partial class Commands
{
    private Assessments.AssessmentsClient AssessmentsClient => new(channel);

    /// <summary>session create PROBLEM[,PROBLEM...] [--minutes N] [--languages a,b] [--candidate REF]: prints the id, the end and the IDE's URL.</summary>
    private async Task<int> CreateSessionAsync(string problems, string[] flags)
    {
        if (!int.TryParse(Flag(flags, "--minutes") ?? "90", out var minutes) || minutes is < 1 or > 1440)
        {
            await output.WriteLineAsync("--minutes takes a whole number of minutes, 1-1440");
            return 2;
        }
        var request = new CreateSessionRequest
        {
            CandidateRef = Flag(flags, "--candidate") ?? "demo",
            ProblemIds = { problems.Split(',', StringSplitOptions.RemoveEmptyEntries) },
            Languages = { (Flag(flags, "--languages") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries) },
            Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(minutes)),
        };
        var session = await AssessmentsClient.CreateSessionAsync(request);
        await output.WriteLineAsync($"session {session.Id} for {session.CandidateRef}: {string.Join(", ", session.Problems.Select(p => $"{p.ProblemId} v{p.Version}"))}; " +
            $"{string.Join(", ", session.Languages)}; open until {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC");
        await output.WriteLineAsync(session.IdeUrl);
        return 0;
    }

    private async Task<int> EndSessionAsync(string id)
    {
        var session = await AssessmentsClient.EndSessionAsync(new EndSessionRequest { SessionId = id });
        await output.WriteLineAsync($"session {session.Id} ended at {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC");
        return 0;
    }

    /// <summary>
    /// session report SESSION_ID [--sources DIR] [--utc]: the recruiter's report, dates in the local time zone (or UTC) with
    /// their offset; with --sources each submission's source and each last draft is written under DIR/PROBLEM/.
    /// </summary>
    private async Task<int> SessionReportAsync(string id, string[] flags)
    {
        var sourcesDirectory = Flag(flags, "--sources");
        var zone = flags.Contains("--utc") ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        string When(Timestamp? at) => at is null ? "-" : TimeZoneInfo.ConvertTime(at.ToDateTimeOffset(), zone).ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture);
        var report = await AssessmentsClient.GetSessionReportAsync(new GetSessionReportRequest { SessionId = id, OmitSources = sourcesDirectory is null });
        var session = report.Session;
        await output.WriteLineAsync($"session {session.Id} for {session.CandidateRef}");
        await output.WriteLineAsync($"  window        {When(session.StartsAt)} to {When(session.EndsAt)}{(session.EndedEarly ? " (ended early)" : "")}");
        foreach (var extension in report.Extensions)
        {
            await output.WriteLineAsync($"  extended      +{extension.Extra.ToTimeSpan().TotalMinutes:0} min at {When(extension.At)}{(extension.Reason.Length > 0 ? $": {extension.Reason}" : "")}");
        }
        await output.WriteLineAsync($"  first opened  {When(report.FirstOpenedAt)}");
        await output.WriteLineAsync($"  last active   {When(report.LastActivityAt)}");
        await output.WriteLineAsync($"  time used     {(report.TimeUsed?.ToTimeSpan() ?? TimeSpan.Zero).ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)}");
        await output.WriteLineAsync($"  {Count(report.RunCount, "run")}, {Count(report.SubmitCount, "submit")}");
        foreach (var problem in report.Problems)
        {
            var state = problem.Attempted ? $"best {problem.BestScore:0.##} of {problem.MaxScore:0.##}" : $"not attempted (0 of {problem.MaxScore:0.##})";
            await output.WriteLineAsync($"  {problem.ProblemId} v{problem.Version}: {state}; {Count(problem.RunCount, "run")}, {Count(problem.SubmitCount, "submit")}");
            foreach (var s in problem.Submissions)
            {
                var tests = string.Concat(s.Tests.Select(t => TestMark(t.Verdict)));
                await output.WriteLineAsync($"    {When(s.CreatedAt)} {s.Id} {s.Language,-10} {(s.CustomInput ? "RUN*" : s.Mode == SubmitMode.Run ? "RUN" : "SUBMIT"),-6} " +
                    $"{VerdictName(s.Verdict),-22} {s.Score:0.##}/{s.MaxScore:0.##} {tests}");
                foreach (var match in s.Similar)
                {
                    await output.WriteLineAsync($"      similar {match.Similarity:0.00} to {match.OtherCandidateRef} {match.OtherSubmissionId} ({match.OtherLanguage}; " +
                        $"./judge client compare {problem.ProblemId} {s.Id} {match.OtherSubmissionId})");
                }
                if (sourcesDirectory is not null)
                {
                    await WriteSourceAsync(sourcesDirectory, problem.ProblemId,
                        $"{s.CreatedAt.ToDateTimeOffset():yyyyMMdd'T'HHmmss'Z'}-{s.Id[..8]}-{(s.Mode == SubmitMode.Run ? "run" : "submit")}-{s.Language}.{Extension(s.Language)}", s.Source);
                }
            }
            if (problem.Signals is { } signals)
            {
                string Span(Duration? d) => d is null ? "never" : "+" + d.ToTimeSpan().ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
                await output.WriteLineAsync($"    signals: {Count(signals.PasteCount, "paste")} (largest {signals.LargestPaste}), pasted share {signals.PastedShare:P0}, " +
                    $"{Count(signals.FocusLosses, "focus loss", "focus losses")} ({(signals.TimeAway?.ToTimeSpan() ?? TimeSpan.Zero).ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)} away), first edit {Span(signals.ToFirstEdit)}, " +
                    $"first run {Span(signals.ToFirstRun)}, first submit {Span(signals.ToFirstSubmit)}, {Count(signals.TypingBursts, "typing burst")}, {Count(signals.TypedChars, "character")} typed");
            }
            foreach (var draft in problem.Drafts)
            {
                await output.WriteLineAsync($"    last draft in {draft.Language} saved {When(draft.SavedAt)}");
                if (sourcesDirectory is not null)
                {
                    await WriteSourceAsync(sourcesDirectory, problem.ProblemId, $"draft-{draft.Language}.{Extension(draft.Language)}", draft.Source);
                }
            }
        }
        await output.WriteLineAsync("  tests: . accepted, W wrong answer, T time limit, M memory limit, R runtime error, O output limit, S skipped, P partial, ! internal error; RUN* is a run on the candidate's own input");
        if (sourcesDirectory is not null)
        {
            await output.WriteLineAsync($"sources written to {Path.GetFullPath(sourcesDirectory)}");
        }
        return 0;
    }

    private static string Count(uint count, string noun, string? plural = null) => $"{count} {(count == 1 ? noun : plural ?? noun + "s")}";

    /// <summary>The usual file extension of a language id's sources (pypy is Python, java17 Java, ...); the id itself when unknown.</summary>
    private static string Extension(string language) => language switch
    {
        "cpp" => "cpp",
        "python" or "pypy" => "py",
        "go" => "go",
        "javascript" => "js",
        "typescript" => "ts",
        "csharp" => "cs",
        _ when language.StartsWith("java", StringComparison.Ordinal) && language != "javascript" => "java",
        _ => language,
    };

    private static char TestMark(Verdict verdict) => verdict switch
    {
        Verdict.Accepted or Verdict.NotChecked => '.',
        Verdict.WrongAnswer => 'W',
        Verdict.TimeLimitExceeded => 'T',
        Verdict.MemoryLimitExceeded => 'M',
        Verdict.RuntimeError => 'R',
        Verdict.OutputLimitExceeded => 'O',
        Verdict.Skipped => 'S',
        Verdict.Partial => 'P',
        _ => '!',
    };

    private static async Task WriteSourceAsync(string directory, string problemId, string name, Google.Protobuf.ByteString source)
    {
        var folder = Path.Combine(directory, problemId);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), source.ToByteArray());
    }

    /// <summary>session extend SESSION_ID MINUTES [--reason TEXT]</summary>
    private async Task<int> ExtendSessionAsync(string id, string minutesText, string[] flags)
    {
        if (!int.TryParse(minutesText, out var minutes) || minutes < 1)
        {
            await output.WriteLineAsync("MINUTES is a whole number of minutes, at least 1");
            return 2;
        }
        var session = await AssessmentsClient.ExtendSessionAsync(new ExtendSessionRequest
        {
            SessionId = id, Extra = Duration.FromTimeSpan(TimeSpan.FromMinutes(minutes)), Reason = Flag(flags, "--reason") ?? "",
        });
        await output.WriteLineAsync($"session {session.Id} now ends at {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC ({session.ExtendedBy.ToTimeSpan().TotalMinutes:0} min extra in all)");
        return 0;
    }

    /// <summary>session list [--candidate REF] [--page-size N]: every page, newest start first.</summary>
    private async Task<int> ListSessionsAsync(string[] flags)
    {
        var request = new ListSessionsRequest { CandidateRef = Flag(flags, "--candidate") ?? "", PageSize = uint.TryParse(Flag(flags, "--page-size"), out var size) ? size : 50 };
        do
        {
            var page = await AssessmentsClient.ListSessionsAsync(request);
            foreach (var session in page.Sessions)
            {
                await output.WriteLineAsync($"{session.Id} {session.CandidateRef,-20} {session.StartsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} to {session.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC " +
                    $"{string.Join(",", session.Problems.Select(p => p.ProblemId))}{(session.EndedEarly ? " (ended early)" : "")}");
            }
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return 0;
    }

    private static string? Flag(string[] flags, string name) =>
        Array.IndexOf(flags, name) is var at and >= 0 && at + 1 < flags.Length ? flags[at + 1] : null;
}
