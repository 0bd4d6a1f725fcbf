using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Judge.Api;
using Judge.Api.Access;
using Judge.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Judge.Testbed;

/// <summary>
/// The whole service in this process, against the real Redis and Docker engine: the API (on a test server or on real
/// Kestrel sockets, <see cref="ApiTransport"/>), any number of in-process workers (each its own host and stream
/// consumer), and workers as processes of their own (<see cref="WorkerProcess"/>). Every host reads the same settings
/// (<see cref="Settings"/>); keys live under a prefix of their own and are deleted on dispose. The one host behind the
/// integration tests' harness, the browser tests' server and the bench.
/// </summary>
public sealed class JudgeTestbed : IAsyncDisposable
{
    private readonly WebApplication _api;
    private readonly TestbedOptions _options;
    private readonly List<IHost> _workers = [];
    private readonly List<WorkerProcess> _processes = [];
    private readonly List<string> _workerNames = [];

    private JudgeTestbed(WebApplication api, TestbedOptions options, Dictionary<string, string?> settings, Uri? grpc, Uri? web)
    {
        _api = api;
        _options = options;
        Settings = settings;
        GrpcAddress = grpc;
        WebAddress = web;
        Channel = grpc is null
            ? GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
            {
                HttpHandler = api.GetTestServer().CreateHandler(),
                MaxReceiveMessageSize = 64 * 1024 * 1024,
            })
            : GrpcChannel.ForAddress(grpc, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
    }

    /// <summary>The configuration the API and every worker start with.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string KeyPrefix => Settings["Redis:KeyPrefix"]!;

    public string RedisAddress => Settings["Redis:Configuration"]!;

    /// <summary>The API host's services, for reaching the stores the API uses.</summary>
    public IServiceProvider ApiServices => _api.Services;

    /// <summary>A channel to the API (64 MiB messages).</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Kestrel only: gRPC over HTTP/2.</summary>
    public Uri? GrpcAddress { get; }

    /// <summary>Kestrel only: HTTP/1.1 (the IDE's files, gRPC-Web, GET /metrics), with a trailing slash.</summary>
    public Uri? WebAddress { get; }

    /// <summary>The names of the in-process workers started so far.</summary>
    public IReadOnlyList<string> WorkerNames => _workerNames;

    /// <summary>Starts the API, then <paramref name="workers"/> in-process workers; a failed start disposes what started.</summary>
    public static async Task<JudgeTestbed> StartAsync(TestbedOptions options, int workers = 1, CancellationToken cancellationToken = default)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = options.RedisAddress,
            ["Redis:KeyPrefix"] = options.KeyPrefix,
            ["Logging:LogLevel:Default"] = options.LogLevel,
            ["Worker:DataDirectory"] = options.DataDirectory,
            ["Worker:IdlePollInterval"] = "00:00:00.500",
            ["Sandbox:WarmPerLanguage"] = "1",
            ["Assessments:SigningKey"] = options.SigningKey,
        };
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            settings[$"Access:Keys:{i}:Name"] = key.Name;
            settings[$"Access:Keys:{i}:Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Key)));
            for (var r = 0; r < key.Roles.Length; r++)
            {
                settings[$"Access:Keys:{i}:Roles:{r}"] = key.Roles[r];
            }
        }
        // The API's own listeners: never in the shared settings, or a worker process would try to bind them too.
        var listeners = new Dictionary<string, string?>();
        Uri? grpc = null, web = null;
        if (options.Transport == ApiTransport.Kestrel)
        {
            grpc = new Uri($"http://127.0.0.1:{FreePort()}");
            web = new Uri($"http://127.0.0.1:{FreePort()}/");
            listeners["Kestrel:Endpoints:Grpc:Url"] = grpc.ToString().TrimEnd('/');
            listeners["Kestrel:Endpoints:Grpc:Protocols"] = "Http2";
            listeners["Kestrel:Endpoints:Web:Url"] = web.ToString().TrimEnd('/');
            listeners["Kestrel:Endpoints:Web:Protocols"] = "Http1";
            settings["Assessments:IdeBaseUrl"] = web.ToString();
        }
        foreach (var (key, value) in options.Overrides)
        {
            settings[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.EnvironmentName,
            WebRootPath = options.WebRoot,
            ContentRootPath = options.ContentRoot,
        });
        if (options.Transport == ApiTransport.TestServer)
        {
            builder.WebHost.UseTestServer();
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(listeners);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.AddJudgeApi();
        var api = builder.Build();
        api.MapJudgeApi();
        await api.StartAsync(cancellationToken);

        var testbed = new JudgeTestbed(api, options, settings, grpc, web);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                await testbed.StartWorkerAsync(cancellationToken: cancellationToken);
            }
        }
        catch
        {
            await testbed.DisposeAsync();
            throw;
        }
        return testbed;
    }

    /// <summary>Starts an in-process worker with the testbed's settings and <paramref name="overrides"/> (e.g. Worker:Languages:0).</summary>
    public async Task<IHost> StartWorkerAsync(string? name = null, IDictionary<string, string?>? overrides = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = _options.EnvironmentName,
            ContentRootPath = _options.ContentRoot,
        });
        builder.Configuration.AddInMemoryCollection(Settings);
        name ??= $"{_options.WorkerNamePrefix}-{Guid.NewGuid():N}"[..20];
        _workerNames.Add(name);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Worker:Name"] = name });
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        _options.ConfigureLogging?.Invoke(builder.Logging);
        builder.AddJudgeWorker();
        var worker = builder.Build();
        _workers.Add(worker);
        await worker.StartAsync(cancellationToken);
        return worker;
    }

    /// <summary>
    /// A worker as ops run it, a process of its own (the built Judge.Worker) with the testbed's settings and
    /// <paramref name="overrides"/>; stopped on dispose if still running.
    /// </summary>
    /// <exception cref="FileNotFoundException">The worker is not built beside the caller.</exception>
    public WorkerProcess StartWorkerProcess(string? name = null, IDictionary<string, string?>? overrides = null)
    {
        name ??= $"proc-{Guid.NewGuid():N}"[..20];
        var settings = new Dictionary<string, string?>(Settings) { ["Worker:Name"] = name };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var process = WorkerProcess.Start(name, settings);
        _processes.Add(process);
        return process;
    }

    /// <summary>Calls over <see cref="Channel"/> that send <paramref name="apiKey"/> (x-api-key), or no key when null.</summary>
    public CallInvoker WithKey(string? apiKey) =>
        apiKey is null
            ? Channel.CreateCallInvoker()
            : Channel.Intercept(metadata =>
            {
                metadata.Add(AccessInterceptor.ApiKeyHeader, apiKey);
                return metadata;
            });

    /// <summary>Calls over <see cref="Channel"/> that send a candidate token ("authorization: Bearer ..."), for the Candidate service.</summary>
    public CallInvoker WithToken(string token) =>
        Channel.Intercept(metadata =>
        {
            metadata.Add(AccessInterceptor.AuthorizationHeader, "Bearer " + token);
            return metadata;
        });

    /// <summary>Test server only: the API's own handler (for an HTTP client or a gRPC-Web channel in front of it).</summary>
    public HttpMessageHandler CreateHandler() => _api.GetTestServer().CreateHandler();

    /// <summary>Test server only: an HTTP client of the API, as a browser reaches it.</summary>
    public HttpClient CreateHttpClient() => _api.GetTestServer().CreateClient();

    /// <summary>Stops every worker (processes, then in-process hosts) and the API, then deletes every key under <see cref="KeyPrefix"/>.</summary>
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
        Channel.Dispose();
        await _api.StopAsync(CancellationToken.None);
        await _api.DisposeAsync();
        await DeleteKeysAsync(RedisAddress, KeyPrefix);
    }

    /// <summary>Deletes every key of the Redis at <paramref name="redisAddress"/> under <paramref name="prefix"/> (SCAN, 1,000 per page).</summary>
    public static async Task DeleteKeysAsync(string redisAddress, string prefix)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisAddress);
        var db = redis.GetDatabase();
        await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: prefix + "*", pageSize: 1000))
        {
            await db.KeyDeleteAsync(key);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
