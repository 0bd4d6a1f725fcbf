using Grpc.Core;
using Judge.Api.Access;
using Judge.Cli.Packages;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.BrowserTests;

/// <summary>
/// The whole service as a browser meets it: the API on real Kestrel sockets (gRPC over HTTP/2 on one port for the
/// pipeline's calls, the IDE's files and gRPC-Web over HTTP/1.1 on another), serving the IDE built by ide/build into
/// Judge.Api/wwwroot, one worker on the real Docker engine, and Redis under a key prefix of its own (deleted at the end).
/// </summary>
public sealed class IdeServer : IAsyncDisposable
{
    public const string AdminKey = "browser-test-admin-key";

    private readonly JudgeTestbed _service;

    private IdeServer(JudgeTestbed service)
    {
        _service = service;
        var invoker = service.WithKey(AdminKey);
        Problems = new Problems.ProblemsClient(invoker);
        Assessments = new Assessments.AssessmentsClient(invoker);
    }

    /// <summary>Where the IDE is served (HTTP/1.1): its page and the Candidate service over gRPC-Web.</summary>
    public Uri WebAddress => _service.WebAddress!;

    /// <summary>A client with the admin key (roles problem-admin and assessment-admin).</summary>
    public Problems.ProblemsClient Problems { get; }

    public Assessments.AssessmentsClient Assessments { get; }

    /// <summary>The Candidate service as the IDE calls it, with a candidate token (to check what the page stored there).</summary>
    public Candidate.CandidateClient CandidateFor(string token) => new(_service.WithToken(token));

    /// <summary>The IDE's files, built by ide/build.</summary>
    public static string WebRoot => Path.Combine(Repository.Root, "Judge.Api", "wwwroot");

    /// <summary>Starts the API and one worker. <paramref name="overrides"/> change any setting (e.g. Assessments:RunInterval).</summary>
    /// <exception cref="InvalidOperationException">The IDE was not built (run ide/build).</exception>
    public static async Task<IdeServer> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        if (!File.Exists(Path.Combine(WebRoot, "index.html")) || !File.Exists(Path.Combine(WebRoot, "ide.js")))
        {
            throw new InvalidOperationException($"the IDE is not built in {WebRoot}: run ide/build (./judge test does)");
        }
        return new IdeServer(await JudgeTestbed.StartAsync(new TestbedOptions
        {
            RedisAddress = Environment.GetEnvironmentVariable("JUDGE_TEST_REDIS") ?? "127.0.0.1:6379",
            KeyPrefix = $"judgetest:{Guid.NewGuid():N}:",
            EnvironmentName = "Testing",
            Transport = ApiTransport.Kestrel,
            WebRoot = WebRoot,
            Keys = [new TestbedKey("browser-tests", AdminKey, Roles.ProblemAdmin, Roles.AssessmentAdmin)],
            LogLevel = Environment.GetEnvironmentVariable("JUDGE_TEST_LOG_LEVEL") ?? "Warning",
            WorkerNamePrefix = "browser",
            Overrides = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>()),
        }));
    }

    /// <summary>
    /// Uploads an example package (examples/NAME) with its reference solution only: the reference gives custom-input
    /// RUNs their expected output, and the self-check stays short.
    /// </summary>
    public async Task PutExampleAsync(string name)
    {
        var package = ProblemPackage.Read(Path.Combine(Repository.Root, "examples", name));
        var header = package.Header.Clone();
        var reference = header.Solutions.Where(s => s.Reference).ToList();
        header.Solutions.Clear();
        header.Solutions.AddRange(reference);
        using var call = Problems.PutProblem();
        await call.RequestStream.WriteAsync(new PutProblemRequest { Header = header });
        for (var i = 0; i < package.Tests.Count; i++)
        {
            await SendAsync(call.RequestStream, i, TestDataPart.Input, await File.ReadAllBytesAsync(package.Tests[i].InputPath));
            await SendAsync(call.RequestStream, i, TestDataPart.ExpectedOutput, package.Tests[i].ReadExpectedOutput());
        }
        await call.RequestStream.CompleteAsync();
        await call;
    }

    /// <summary>Uploads a stdin/stdout problem with one sample test, a statement of the caller's and no solutions.</summary>
    public async Task PutProblemAsync(string id, string title, string statement)
    {
        var input = "1 2\n"u8.ToArray();
        var output = "3\n"u8.ToArray();
        using var call = Problems.PutProblem();
        await call.RequestStream.WriteAsync(new PutProblemRequest
        {
            Header = new ProblemHeader
            {
                Id = id,
                Title = title,
                TimeLimitMs = 1000,
                MemoryLimitMib = 64,
                Statement = statement,
                Tests = { new TestCaseHeader { Sample = true, Points = 1, InputSize = (ulong)input.Length, ExpectedOutputSize = (ulong)output.Length } },
            },
        });
        await SendAsync(call.RequestStream, 0, TestDataPart.Input, input);
        await SendAsync(call.RequestStream, 0, TestDataPart.ExpectedOutput, output);
        await call.RequestStream.CompleteAsync();
        await call;
    }

    private static Task SendAsync(IClientStreamWriter<PutProblemRequest> stream, int test, TestDataPart part, byte[] data) =>
        stream.WriteAsync(new PutProblemRequest
        {
            Chunk = new TestDataChunk { TestIndex = (uint)test, Part = part, Data = Google.Protobuf.ByteString.CopyFrom(data) },
        });

    /// <summary>
    /// A session of <paramref name="minutes"/> minutes on these problems and languages, open from now or from
    /// <paramref name="startsAt"/> (which may be in the past or the future).
    /// </summary>
    public async Task<AssessmentSession> CreateSessionAsync(string[] problems, string[] languages, int minutes = 30, DateTimeOffset? startsAt = null)
    {
        var request = new CreateSessionRequest
        {
            CandidateRef = $"browser-test-{Guid.NewGuid():N}"[..30],
            ProblemIds = { problems },
            Languages = { languages },
            Duration = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromMinutes(minutes)),
        };
        if (startsAt is { } start)
        {
            request.StartsAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(start);
        }
        return await Assessments.CreateSessionAsync(request);
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
