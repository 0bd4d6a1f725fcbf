using System.Globalization;
using System.Security.Cryptography;
using Judge.Api.Access;
using Judge.Testbed;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>
/// The whole service in this process (<see cref="JudgeTestbed"/>): the API on real Kestrel (HTTP/2 on 127.0.0.1, a
/// free port), reached over a real gRPC channel, and worker hosts, all under a Redis key prefix of their own that is
/// deleted on dispose, with a one-off API key. The API also listens for HTTP/1.1 on another free port
/// (<see cref="MetricsUrl"/>: GET /metrics); workers can also run as processes of their own
/// (<see cref="StartWorkerProcess"/>) that can be killed.
/// </summary>
internal sealed class BenchService : IAsyncDisposable
{
    private readonly JudgeTestbed _service;

    private BenchService(JudgeTestbed service, string apiKey)
    {
        _service = service;
        MetricsUrl = new Uri(service.WebAddress!, "metrics").ToString();
        var invoker = service.WithKey(apiKey);
        Judge = new JudgeClient(invoker);
        Problems = new ProblemsClient(invoker);
    }

    public JudgeClient Judge { get; }

    public ProblemsClient Problems { get; }

    /// <summary>The API's GET /metrics.</summary>
    public string MetricsUrl { get; }

    /// <summary>The Redis key prefix of this run.</summary>
    public string KeyPrefix => _service.KeyPrefix;

    public static string RedisAddress => Environment.GetEnvironmentVariable("JUDGE_BENCH_REDIS") ?? "127.0.0.1:6379";

    /// <param name="warmPerLanguage">Warm sandboxes each worker keeps per language.</param>
    /// <param name="workerConcurrency">Submissions each worker judges at once.</param>
    /// <param name="overrides">Settings of the API and every worker beyond the bench's own (e.g. Worker:VisibilityTimeout).</param>
    public static async Task<BenchService> StartAsync(int workers, int warmPerLanguage, int workerConcurrency, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var run = Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Worker:Concurrency"] = workerConcurrency.ToString(CultureInfo.InvariantCulture),
            ["Worker:IdlePollInterval"] = "00:00:01",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Sandbox:WarmPerLanguage"] = warmPerLanguage.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var service = await JudgeTestbed.StartAsync(new TestbedOptions
        {
            RedisAddress = RedisAddress,
            KeyPrefix = $"judgebench:{run}:",
            EnvironmentName = "Bench",
            Transport = ApiTransport.Kestrel,
            ContentRoot = AppContext.BaseDirectory,
            DataDirectory = Path.Combine(Path.GetTempPath(), "judge-bench-data"),
            Keys = [new TestbedKey("bench", apiKey, Roles.Submitter, Roles.ProblemAdmin)],
            WorkerNamePrefix = $"bench-{run}",
            Overrides = settings,
        }, workers: 0, cancellationToken);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                await service.StartWorkerAsync($"bench-{run}-{i}", cancellationToken: cancellationToken);
            }
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
        return new BenchService(service, apiKey);
    }

    /// <summary>
    /// A worker as its own process (the built Judge.Worker) with this service's settings and <paramref name="overrides"/>,
    /// its ops port on <paramref name="opsPort"/>; stopped gracefully on dispose.
    /// </summary>
    public WorkerProcess StartWorkerProcess(string name, int opsPort, IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>(overrides) { ["Kestrel:Endpoints:Ops:Url"] = $"http://127.0.0.1:{opsPort}" };
        return _service.StartWorkerProcess(name, settings);
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();
}
