using Google.Protobuf;
using Grpc.Core;
using Judge.Cli.Packages;
using Judge.Contracts.V1;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;

namespace Judge.Cli;

/// <summary>The client's commands; each maps to one or two RPCs.</summary>
public sealed partial class Commands(CallInvoker channel, TextWriter output)
{
    private const int ChunkSize = 1 << 20;

    // The trailer of a refused upload holding the self-check's results (Judge.Api SelfCheck.ReportTrailer).
    private const string SelfCheckTrailer = "judge-self-check-bin";
    private readonly JudgeClient _judge = new(channel);
    private readonly Problems.ProblemsClient _problems = new(channel);

    public const string Usage = """
        usage: judge-cli COMMAND
          languages                                 list the languages the workers serve
          put-problem DIR                           upload the problem package DIR (problem.json, statement.md, tests/,
                                                    checker/, solutions/: docs/problem-package.md); its solutions are
                                                    judged against the new version before it becomes current
          problem ID                                show a problem and its samples
          stub ID LANGUAGE                          print the code a function-style problem's candidate starts
                                                    from in LANGUAGE (docs/function-problems.md)
          submit ID LANGUAGE FILE [--run [--input IN]]
                                                    submit FILE and follow it to its verdict; --run judges the
                                                    samples only, or with --input runs once on the file IN as stdin
                                                    (at most 1 MiB) and shows the output, and with a reference
                                                    solution the expected output and the checker's message
          get SUBMISSION_ID                         show a submission
          session create PROBLEM[,PROBLEM...] [--minutes N] [--languages a,b] [--candidate REF]
                                                    open an assessment session (role assessment-admin) of
                                                    N minutes (90; 1-1440) in the languages given (all
                                                    served), for candidate REF ("demo"), and print the
                                                    IDE's URL with its candidate token
          session end SESSION_ID                    end a session now
          session report SESSION_ID [--sources DIR] [--utc]
                                                    the recruiter's report: window, first opening, time used,
                                                    per problem the best score, runs and submits, every
                                                    submission with its tests (dates in the local time zone,
                                                    or UTC); --sources DIR writes each submission's source
                                                    and the last drafts to DIR/PROBLEM/
          session extend SESSION_ID MINUTES [--reason TEXT]
                                                    give the candidate MINUTES more (an accommodation)
          session list [--candidate REF] [--page-size N]
                                                    the sessions this key created, newest first
          timeline SESSION_ID [--utc]               what the IDE recorded of the candidate's editing (edits,
                                                    pastes, focus losses, ...) and every RUN and SUBMIT, one a
                                                    line with its time (docs/integrity.md)
          review-link SESSION_ID [--ttl 2h]         a signed, read-only link to the session's replay page,
                                                    valid for --ttl (24h; 1m to 7d)
          versions ID                               every stored version of a problem
          similarity PROBLEM [--language L] [--min X]
                                                    pairs of this key's candidates' SUBMITs at or above the
                                                    similarity X (the report threshold), most similar first,
                                                    with their matched lines, and the clusters they form
          compare PROBLEM SUBMISSION_ID OTHER_ID    two matched submissions side by side, matched lines marked
        The API address comes from JUDGE_API (default http://127.0.0.1:50051), the API key (header
        x-api-key) from JUDGE_API_KEY (default judge-dev-key, the key `./judge up` configures).
        """;

    public async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["languages"]:
                foreach (var language in (await _judge.ListLanguagesAsync(new ListLanguagesRequest())).Languages)
                {
                    await output.WriteLineAsync($"{language.Id,-12} {language.DisplayName,-28} {language.Version}");
                }
                return 0;
            case ["put-problem", var directory]:
                await PutProblemAsync(directory);
                return 0;
            case ["problem", var id]:
                return await ShowProblemAsync(id);
            case ["stub", var id, var language]:
                return await StubAsync(id, language);
            case ["submit", var problem, var language, var file, .. var flags]:
                return await SubmitAsync(problem, language, file, flags);
            case ["session", "create", var problems, .. var flags]:
                return await CreateSessionAsync(problems, flags);
            case ["session", "end", var id]:
                return await EndSessionAsync(id);
            case ["session", "report", var id, .. var flags]:
                return await SessionReportAsync(id, flags);
            case ["session", "extend", var id, var minutes, .. var flags]:
                return await ExtendSessionAsync(id, minutes, flags);
            case ["session", "list", .. var flags]:
                return await ListSessionsAsync(flags);
            case ["similarity", var problem, .. var flags]:
                return await SimilarityAsync(problem, flags);
            case ["compare", var problem, var first, var second]:
                return await CompareAsync(problem, first, second);
            case ["timeline", var id, .. var flags]:
                return await TimelineAsync(id, flags);
            case ["review-link", var id, .. var flags]:
                return await ReviewLinkAsync(id, flags);
            case ["versions", var id]:
                foreach (var v in (await _problems.ListProblemVersionsAsync(new ListProblemVersionsRequest { ProblemId = id })).Versions)
                {
                    await output.WriteLineAsync($"v{v.Version,-4} {v.TestCount,4} tests  {(v.Current ? "current" : v.Pending ? "pending" : ""),-8} {v.Title}");
                }
                return 0;
            case ["get", var id]:
                await output.WriteLineAsync((await _judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = id })).ToString());
                return 0;
            case ["help"] or ["--help"] or ["-h"]:
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }

    private async Task<int> StubAsync(string id, string language)
    {
        var problem = await _problems.GetProblemAsync(new GetProblemRequest { Id = id });
        if (problem.Signature is null)
        {
            await output.WriteLineAsync($"problem {id} is not function-style: a program reads stdin and writes stdout");
            return 2;
        }
        if (problem.Stubs.FirstOrDefault(s => s.Language == language) is not { } stub)
        {
            await output.WriteLineAsync($"no stub in '{language}'; the problem has stubs in: {string.Join(", ", problem.Stubs.Select(s => s.Language))}");
            return 2;
        }
        await output.WriteAsync(stub.Source);
        return 0;
    }

    private async Task PutProblemAsync(string directory)
    {
        var package = ProblemPackage.Read(directory);
        if (package.Header.Solutions.Count > 0)
        {
            await output.WriteLineAsync($"uploading; {package.Header.Solutions.Count} solutions will be judged against the new version first");
        }
        using var call = _problems.PutProblem();
        await call.RequestStream.WriteAsync(new PutProblemRequest { Header = package.Header });
        for (var i = 0; i < package.Tests.Count; i++)
        {
            await SendFileAsync(call.RequestStream, i, TestDataPart.Input, package.Tests[i].InputPath);
            if (package.Tests[i].ExpectedOutputPath is { } answer)
            {
                await SendFileAsync(call.RequestStream, i, TestDataPart.ExpectedOutput, answer);
            }
        }
        await call.RequestStream.CompleteAsync();
        PutProblemResponse stored;
        try
        {
            stored = await call;
        }
        catch (RpcException e) when (e.Trailers.GetValueBytes(SelfCheckTrailer) is { } report)
        {
            await output.WriteLineAsync("self-check:");
            await WriteChecksAsync(PutProblemResponse.Parser.ParseFrom(report), package);
            throw;
        }
        await output.WriteLineAsync($"problem {stored.Id} version {stored.Version}: {stored.TestCount} tests, {stored.TotalBytes} bytes");
        await WriteChecksAsync(stored, package);
    }

    // One line per solution; test indices are also shown as the package's test names.
    private async Task WriteChecksAsync(PutProblemResponse response, ProblemPackage package)
    {
        foreach (var check in response.Checks)
        {
            var detail = TestIndexPattern().Replace(check.Detail, m =>
                int.TryParse(m.Groups[1].Value, out var i) && i < package.Tests.Count ? $"{m.Value} (tests/{package.Tests[i].Name})" : m.Value);
            var language = check.Language.Length > 0 ? $" ({check.Language})" : "";
            await output.WriteLineAsync($"  {(check.Passed ? "ok  " : "FAIL")} {check.Name}{language}: expected {VerdictName(check.Expected)}, got {detail}");
        }
    }

    private static string VerdictName(Verdict verdict) => EnumName(verdict);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z_]+ on test ([0-9]+)")]
    private static partial System.Text.RegularExpressions.Regex TestIndexPattern();

    private static async Task SendFileAsync(Grpc.Core.IClientStreamWriter<PutProblemRequest> stream, int index, TestDataPart part, string path)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await file.ReadAsync(buffer)) > 0)
        {
            await stream.WriteAsync(new PutProblemRequest
            {
                Chunk = new TestDataChunk { TestIndex = (uint)index, Part = part, Data = ByteString.CopyFrom(buffer, 0, read) },
            });
        }
    }

    private async Task<int> SubmitAsync(string problem, string language, string file, string[] flags)
    {
        var run = flags.Contains("--run");
        var inputAt = Array.IndexOf(flags, "--input");
        if (inputAt >= 0 && (!run || inputAt + 1 >= flags.Length))
        {
            await output.WriteLineAsync("--input IN needs --run and a file name");
            return 2;
        }
        var request = new SubmitRequest
        {
            ProblemId = problem,
            Language = language,
            Source = ByteString.CopyFrom(await File.ReadAllBytesAsync(file)),
            Mode = run ? SubmitMode.Run : SubmitMode.Submit,
        };
        if (inputAt >= 0)
        {
            request.CustomInput = ByteString.CopyFrom(await File.ReadAllBytesAsync(flags[inputAt + 1]));
        }
        var submitted = await _judge.SubmitAsync(request);
        await output.WriteLineAsync($"submission {submitted.SubmissionId} (problem version {submitted.ProblemVersion})");
        using var watch = _judge.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submitted.SubmissionId });
        while (await watch.ResponseStream.MoveNext(CancellationToken.None))
        {
            var change = watch.ResponseStream.Current;
            switch (change.EventCase)
            {
                case SubmissionEvent.EventOneofCase.Status:
                    await output.WriteLineAsync($"  {change.Status.Status}");
                    break;
                case SubmissionEvent.EventOneofCase.Test:
                    await PrintTestAsync(change.Test);
                    break;
                case SubmissionEvent.EventOneofCase.Final:
                    var s = change.Final;
                    foreach (var group in s.Groups)
                    {
                        await output.WriteLineAsync($"  group {group.Name}: {VerdictName(group.Verdict)}, {group.Score}/{group.MaxScore}");
                    }
                    await output.WriteLineAsync(s.MaxScore > 0 || s.Tests.Count != 1 || !s.Tests[0].Custom
                        ? $"{VerdictName(s.Verdict)}: score {s.Score}/{s.MaxScore}"
                        : VerdictName(s.Verdict));
                    if (s.Message.Length > 0)
                    {
                        await output.WriteLineAsync(s.Message);
                    }
                    if (s.CompileOutput.Length > 0)
                    {
                        await output.WriteLineAsync(s.CompileOutput);
                    }
                    // NOT_CHECKED: a custom input ran cleanly without a reference to compare with.
                    return s.Verdict is Verdict.Accepted or Verdict.NotChecked ? 0 : 3;
            }
        }
        return 1;
    }

    private async Task PrintTestAsync(TestResult t)
    {
        var name = t.Custom ? "custom input" : $"test {t.Index}{(t.Sample ? " (sample)" : "")}{(t.Group.Length > 0 ? $" [{t.Group}]" : "")}";
        await output.WriteLineAsync(t.Verdict == Verdict.Skipped
            ? $"  {name}: {VerdictName(t.Verdict)}"
            : $"  {name}: {VerdictName(t.Verdict)} {t.CpuTimeMs} ms cpu, {t.WallTimeMs} ms wall, {t.PeakMemoryKib} KiB" +
              (t.CpuWaitMs > 0 ? $", {t.CpuWaitMs} ms waiting for a cpu" : "") + (t.CheckerTimeMs > 0 ? $", checker {t.CheckerTimeMs} ms" : ""));
        if (t.Custom || t.Sample)
        {
            if (t.ReturnValue.Length > 0)
            {
                await PrintBlockAsync("return value", t.ReturnValue, false);
            }
            await PrintBlockAsync("output", t.Output, t.OutputTruncated);
            // An interactive sample: what the program sent ("> ") and received ("< ").
            await PrintBlockAsync("exchange with the interactor", ByteString.CopyFromUtf8(t.Transcript), t.TranscriptTruncated);
            await PrintBlockAsync("stderr", t.ErrorOutput, false);
        }
        await PrintBlockAsync("expected output", t.ExpectedOutput, false);
        if (t.CheckerMessage.Length > 0)
        {
            await output.WriteLineAsync($"  {(t.Transcript.Length > 0 ? "interactor" : "checker")}: {t.CheckerMessage}");
        }
    }

    /// <summary>A labelled block of program text, ending in a newline; nothing when the text is empty.</summary>
    private async Task PrintBlockAsync(string label, ByteString text, bool truncated)
    {
        if (text.IsEmpty)
        {
            return;
        }
        var shown = text.ToStringUtf8();
        await output.WriteLineAsync($"  {label}:");
        await output.WriteAsync(shown.EndsWith('\n') ? shown : shown + "\n");
        if (truncated)
        {
            await output.WriteLineAsync("  [truncated]");
        }
    }
}
