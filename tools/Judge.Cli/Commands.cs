using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;

namespace Judge.Cli;

/// <summary>The client's commands; each maps to one or two RPCs.</summary>
public sealed class Commands(CallInvoker channel, TextWriter output)
{
    private const int ChunkSize = 1 << 20;
    private readonly JudgeClient _judge = new(channel);
    private readonly Problems.ProblemsClient _problems = new(channel);

    public const string Usage = """
        usage: judge-cli COMMAND
          languages                                 list the languages the workers serve
          put-problem DIR                           upload DIR/problem.txt ("id title time_ms memory_mib") and
                                                    DIR/NN.in + NN.out tests (names starting with "sample" are samples)
          problem ID                                show a problem and its samples
          submit ID LANGUAGE FILE [--run [--input IN]]
                                                    submit FILE and follow it to its verdict; --run judges the
                                                    samples only, or with --input runs once on the file IN as stdin
                                                    (at most 1 MiB) and shows the output, and with a reference
                                                    solution the expected output and the checker's message
          get SUBMISSION_ID                         show a submission
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
                    await output.WriteLineAsync($"{language.Id,-12} {language.DisplayName,-24} {language.Version}");
                }
                return 0;
            case ["put-problem", var directory]:
                await PutProblemAsync(directory);
                return 0;
            case ["problem", var id]:
                await output.WriteLineAsync((await _problems.GetProblemAsync(new GetProblemRequest { Id = id })).ToString());
                return 0;
            case ["submit", var problem, var language, var file, .. var flags]:
                return await SubmitAsync(problem, language, file, flags);
            case ["get", var id]:
                await output.WriteLineAsync((await _judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = id })).ToString());
                return 0;
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }

    private async Task PutProblemAsync(string directory)
    {
        var fields = (await File.ReadAllTextAsync(Path.Combine(directory, "problem.txt"))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 4)
        {
            throw new ArgumentException("problem.txt must hold: id title time_ms memory_mib");
        }
        var inputs = Directory.GetFiles(directory, "*.in").Order(StringComparer.Ordinal).ToList();
        var header = new ProblemHeader
        {
            Id = fields[0],
            Title = fields[1],
            TimeLimitMs = uint.Parse(fields[2]),
            MemoryLimitMib = uint.Parse(fields[3]),
        };
        foreach (var input in inputs)
        {
            header.Tests.Add(new TestCaseHeader
            {
                Sample = Path.GetFileName(input).StartsWith("sample", StringComparison.Ordinal),
                Points = 1,
                InputSize = (ulong)new FileInfo(input).Length,
                ExpectedOutputSize = (ulong)new FileInfo(Path.ChangeExtension(input, ".out")).Length,
            });
        }
        using var call = _problems.PutProblem();
        await call.RequestStream.WriteAsync(new PutProblemRequest { Header = header });
        for (var i = 0; i < inputs.Count; i++)
        {
            await SendFileAsync(call.RequestStream, i, TestDataPart.Input, inputs[i]);
            await SendFileAsync(call.RequestStream, i, TestDataPart.ExpectedOutput, Path.ChangeExtension(inputs[i], ".out"));
        }
        await call.RequestStream.CompleteAsync();
        var stored = await call;
        await output.WriteLineAsync($"problem {stored.Id} version {stored.Version}: {stored.TestCount} tests, {stored.TotalBytes} bytes");
    }

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
                    await output.WriteLineAsync($"{s.Verdict}: score {s.Score}/{s.MaxScore}");
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
        var name = t.Custom ? "custom input" : $"test {t.Index}{(t.Sample ? " (sample)" : "")}";
        await output.WriteLineAsync($"  {name}: {t.Verdict} {t.CpuTimeMs} ms cpu, {t.WallTimeMs} ms wall, {t.PeakMemoryKib} KiB");
        if (t.Custom)
        {
            await PrintBlockAsync("output", t.Output, t.OutputTruncated);
            await PrintBlockAsync("stderr", t.ErrorOutput, false);
        }
        await PrintBlockAsync("expected output", t.ExpectedOutput, false);
        if (t.CheckerMessage.Length > 0)
        {
            await output.WriteLineAsync($"  checker: {t.CheckerMessage}");
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
