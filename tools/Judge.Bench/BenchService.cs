using System.Net;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Judge.Api;
using Judge.Api.Access;
using Judge.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using JudgeClient = Judge.Contracts.V1.Judge.JudgeClient;
using ProblemsClient = Judge.Contracts.V1.Problems.ProblemsClient;

namespace Judge.Bench;

/// <summary>
/// The whole service in this process: the API on real Kestrel (HTTP/2 on 127.0.0.1, a free port), reached
/// over a real gRPC channel, and worker hosts, all under a Redis key prefix of their own that is deleted
/// on dispose, with a one-off API key. The API also listens for HTTP/1.1 on another free port (<see cref="MetricsUrl"/>:
/// GET /metrics); workers can also run as processes of their own (<see cref="StartWorkerProcess"/>) that can be killed.
/// </summary>
internal sealed class BenchService : IAsyncDisposable
{
    private readonly WebApplication _api;
    private readonly Dictionary<string, string?> _settings;
    private readonly List<IHost> _workers = [];
    private readonly GrpcChannel _channel;

    private readonly List<BenchWorkerProcess> _processes = [];

    private BenchService(WebApplication api, Dictionary<string, string?> settings, string address, string apiKey)
    {
        _api = api;
        var addresses = api.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        MetricsUrl = addresses.First(a => a != address) + "/metrics";
        _settings = settings;
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var invoker = _channel.Intercept(metadata =>
        {
            metadata.Add(AccessInterceptor.ApiKeyHeader, apiKey);
            return metadata;
        });
        Judge = new JudgeClient(invoker);
        Problems = new ProblemsClient(invoker);
    }

    public JudgeClient Judge { get; }

    public ProblemsClient Problems { get; }

    /// <summary>The API's GET /metrics.</summary>
    public string MetricsUrl { get; }

    /// <summary>The Redis key prefix of this run.</summary>
    public string KeyPrefix => _settings["Redis:KeyPrefix"]!;

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
            ["Redis:Configuration"] = RedisAddress,
            ["Redis:KeyPrefix"] = $"judgebench:{run}:",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Worker:DataDirectory"] = Path.Combine(Path.GetTempPath(), "judge-bench-data"),
            ["Worker:Concurrency"] = workerConcurrency.ToString(),
            ["Sandbox:WarmPerLanguage"] = warmPerLanguage.ToString(),
            ["Access:Keys:0:Name"] = "bench",
            ["Access:Keys:0:Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey))),
            ["Access:Keys:0:Roles:0"] = Roles.Submitter,
            ["Access:Keys:0:Roles:1"] = Roles.ProblemAdmin,
            // The API will not start without a token signing key; the bench issues no token, so any will do.
            ["Assessments:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.AddJudgeApi();
        var api = builder.Build();
        api.MapJudgeApi();
        await api.StartAsync(cancellationToken);
        // The first listener: gRPC over HTTP/2.
        var address = api.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var service = new BenchService(api, settings, address, apiKey);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                await service.StartWorkerAsync($"bench-{run}-{i}", cancellationToken);
            }
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
        return service;
    }

    private async Task StartWorkerAsync(string name, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:Name"] = name });
        builder.AddJudgeWorker();
        var worker = builder.Build();
        _workers.Add(worker);
        await worker.StartAsync(cancellationToken);
    }

    /// <summary>
    /// A worker as its own process (the built Judge.Worker) with this service's settings and <paramref name="overrides"/>,
    /// its ops port on <paramref name="opsPort"/>.
    /// </summary>
    public BenchWorkerProcess StartWorkerProcess(string name, int opsPort, IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>(_settings)
        {
            ["Worker:Name"] = name,
            ["Kestrel:Endpoints:Ops:Url"] = $"http://127.0.0.1:{opsPort}",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        var process = BenchWorkerProcess.Start(name, opsPort, settings);
        _processes.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        foreach (var worker in _workers)
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
        _channel.Dispose();
        await _api.StopAsync(CancellationToken.None);
        await _api.DisposeAsync();
        await DeleteKeysAsync(_settings["Redis:KeyPrefix"]!);
    }

    private static async Task DeleteKeysAsync(string prefix)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisAddress);
        var db = redis.GetDatabase();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: prefix + "*", pageSize: 1000))
        {
            await db.KeyDeleteAsync(key);
        }
    }
}
