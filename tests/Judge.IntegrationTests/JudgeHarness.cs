using System.Security.Cryptography;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Grpc.Core;
using Judge.Api.Access;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Testbed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.IntegrationTests;

/// <summary>
/// The whole service against the real Redis and Docker engine (<see cref="JudgeTestbed"/>): the API in-process on a
/// test server, and any number of workers, each its own host and stream consumer. Keys live under a prefix of
/// their own and are deleted at the end. Three API keys are configured: <see cref="AdminKey"/>
/// (used by <see cref="Problems"/>), <see cref="SubmitterKey"/> (used by <see cref="Judge"/>) and
/// <see cref="OtherSubmitterKey"/>; <see cref="JudgeWithKey"/> and <see cref="ProblemsWithKey"/>
/// give clients with any other key or none.
/// </summary>
public sealed class JudgeHarness : IAsyncDisposable
{
    public static string RedisAddress => Environment.GetEnvironmentVariable("JUDGE_TEST_REDIS") ?? "127.0.0.1:6379";

    public const string AdminKey = "test-admin-key";
    public const string SubmitterKey = "test-submitter-key";
    public const string OtherSubmitterKey = "test-other-submitter-key";
    public const string AssessorKey = "test-assessor-key";
    public const string OtherAssessorKey = "test-other-assessor-key";

    /// <summary>The candidate tokens' signing key of every harness (Assessments:SigningKey).</summary>
    public static readonly string SigningKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("judge integration tests")));

    /// <summary>The configured keys: name, key, role.</summary>
    public static readonly IReadOnlyList<(string Name, string Key, string Role)> Keys =
    [
        ("admin", AdminKey, Roles.ProblemAdmin),
        ("submitter", SubmitterKey, Roles.Submitter),
        ("other-submitter", OtherSubmitterKey, Roles.Submitter),
        ("assessor", AssessorKey, Roles.AssessmentAdmin),
        ("other-assessor", OtherAssessorKey, Roles.AssessmentAdmin),
    ];

    private readonly JudgeTestbed _service;

    private JudgeHarness(JudgeTestbed service, LogCapture? logs)
    {
        _service = service;
        Logs = logs;
        Problems = ProblemsWithKey(AdminKey);
        Judge = JudgeWithKey(SubmitterKey);
    }

    /// <summary>A client with the admin key (role problem-admin).</summary>
    public ProblemsClient Problems { get; }

    /// <summary>A client with <see cref="SubmitterKey"/> (role submitter).</summary>
    public JudgeClient Judge { get; }

    /// <summary>Every log line of the API and the workers, when started with captureLogs.</summary>
    public LogCapture? Logs { get; }

    /// <summary>A Judge client that sends <paramref name="apiKey"/>, or no key when null.</summary>
    public JudgeClient JudgeWithKey(string? apiKey) => new(WithKey(apiKey));

    /// <summary>A Problems client that sends <paramref name="apiKey"/>, or no key when null.</summary>
    public ProblemsClient ProblemsWithKey(string? apiKey) => new(WithKey(apiKey));

    /// <summary>Calls over the harness's channel that send <paramref name="apiKey"/>, or no key when null; for any client.</summary>
    public CallInvoker WithKey(string? apiKey) => _service.WithKey(apiKey);

    /// <summary>Calls over the harness's channel that send a candidate token ("authorization: Bearer ..."), for the Candidate service.</summary>
    public CallInvoker WithToken(string token) => _service.WithToken(token);

    /// <summary>An HTTP client of the API itself (static files, gRPC-Web), as a browser reaches it.</summary>
    public HttpClient CreateHttpClient() => _service.CreateHttpClient();

    /// <summary>The API's own handler, for a gRPC-Web channel (Grpc.Net.Client.Web) in front of it.</summary>
    public HttpMessageHandler CreateHandler() => _service.CreateHandler();

    public string KeyPrefix => _service.KeyPrefix;

    /// <summary>The configuration the API and every worker of this harness start with.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _service.Settings;

    /// <summary>The API host's services, for reaching the same stores the API uses.</summary>
    public IServiceProvider ApiServices => _service.ApiServices;

    public static async Task<JudgeHarness> StartAsync(int workers = 1, IDictionary<string, string?>? overrides = null, bool captureLogs = false)
    {
        var settings = new Dictionary<string, string?>();
        // The suite's time limits are written for 1x: a language's multiplier (Python 3x) would only make
        // every time-limit test slower. Tests of the multipliers set them themselves.
        foreach (var language in Programs.LanguageIds)
        {
            settings[$"Languages:{language}:TimeMultiplier"] = "1";
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var logs = captureLogs ? new LogCapture() : null;
        var service = await JudgeTestbed.StartAsync(new TestbedOptions
        {
            RedisAddress = RedisAddress,
            KeyPrefix = $"judgetest:{Guid.NewGuid():N}:",
            EnvironmentName = "Testing",
            Keys = Keys.Select(k => new TestbedKey(k.Name, k.Key, k.Role)).ToList(),
            SigningKey = SigningKey,
            LogLevel = Environment.GetEnvironmentVariable("JUDGE_TEST_LOG_LEVEL") ?? "Warning",
            Overrides = settings,
            ConfigureLogging = logging => Capture(logging, logs),
        }, workers);
        return new JudgeHarness(service, logs);
    }

    /// <summary>Starts an in-process worker with the harness's settings and <paramref name="overrides"/> (e.g. Worker:Languages:0).</summary>
    public Task<IHost> StartWorkerAsync(string? workerName = null, IDictionary<string, string?>? overrides = null) =>
        _service.StartWorkerAsync(workerName, overrides);

    /// <summary>
    /// A worker as a process of its own with the harness's settings and <paramref name="overrides"/>, logging at
    /// Information (its output names what it did); stopped gracefully on dispose if it still runs.
    /// </summary>
    public WorkerProcess StartWorkerProcess(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Console:FormatterName"] = "simple",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return _service.StartWorkerProcess(overrides: settings);
    }

    private static void Capture(ILoggingBuilder logging, LogCapture? logs)
    {
        if (logs is not null)
        {
            logging.AddProvider(logs);
            // A rule for this provider alone: it sees every level, the console keeps its own.
            logging.AddFilter<LogCapture>(null, LogLevel.Trace);
        }
    }

    /// <summary>
    /// Waits until a worker has registered every language of <paramref name="ids"/> (one whose runtime was slow to start
    /// on a busy machine is registered on a later try); fails after <paramref name="timeout"/> (2 min) naming the missing.
    /// </summary>
    public async Task WaitForLanguagesAsync(IEnumerable<string> ids, TimeSpan? timeout = null)
    {
        var languages = ApiServices.GetRequiredService<LanguageRegistry>();
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var missing = wanted.Except((await languages.ListAsync(CancellationToken.None)).Select(l => l.Id)).ToList();
            if (missing.Count == 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no worker registered {string.Join(", ", missing)}");
            }
            await Task.Delay(500);
        }
    }

    /// <summary>For harnesses without workers: makes Submit accept these languages and lists them for an hour.</summary>
    public async Task RegisterLanguagesAsync(params string[] ids)
    {
        var languages = ApiServices.GetRequiredService<LanguageRegistry>();
        foreach (var id in ids)
        {
            await languages.RegisterAsync(new Language { Id = id, DisplayName = id }, CancellationToken.None);
        }
        await languages.AnnounceAsync("no-worker", ids, TimeSpan.FromHours(1), CancellationToken.None);
    }

    /// <summary>
    /// A poison job's cause: replaces the input of test <paramref name="index"/> of <paramref name="problemId"/>'s version 1
    /// with data of another size than its header says, so every attempt to judge it fails (InvalidDataException).
    /// </summary>
    public async Task CorruptTestDataAsync(string problemId, int index = 0)
    {
        var key = ApiServices.GetRequiredService<RedisKeys>().TestData(problemId, 1, index, TestDataPart.Input);
        await (await RedisAsync()).StringAppendAsync(key, "corrupt");
    }

    /// <summary>Entries of the job stream: unfinished submissions.</summary>
    public async Task<long> QueuedJobsAsync() => await (await RedisAsync()).StreamLengthAsync(KeyPrefix + "jobs");

    public async Task<IDatabase> RedisAsync()
    {
        _redis ??= await ConnectionMultiplexer.ConnectAsync(Settings["Redis:Configuration"]!);
        return _redis.GetDatabase();
    }

    private ConnectionMultiplexer? _redis;

    /// <summary>How many keys of this harness match a pattern under its prefix, e.g. "staging:*".</summary>
    public async Task<int> CountKeysAsync(string pattern)
    {
        await RedisAsync();
        return await _redis!.GetServers()[0].KeysAsync(pattern: KeyPrefix + pattern).CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        var workers = _service.WorkerNames.ToList();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
        await _service.DisposeAsync();
        var leftBehind = await SandboxContainersOfAsync(workers);
        if (leftBehind > 0)
        {
            throw new InvalidOperationException($"the workers left {leftBehind} sandbox containers behind");
        }
    }

    /// <summary>Containers, in any state, labelled as belonging to these workers.</summary>
    public static async Task<int> SandboxContainersOfAsync(IEnumerable<string> workers)
    {
        using var docker = new DockerClientConfiguration().CreateClient();
        var count = 0;
        foreach (var worker in workers)
        {
            var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [$"judge.worker={worker}"] = true },
                },
            });
            count += containers.Count;
        }
        return count;
    }
}
