using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Judge.Testbed;

/// <summary>How the API of a <see cref="JudgeTestbed"/> is reached.</summary>
public enum ApiTransport
{
    /// <summary>In memory (ASP.NET Core's test server): no port, a handler for channels and HTTP clients.</summary>
    TestServer,

    /// <summary>Real Kestrel sockets on 127.0.0.1: gRPC over HTTP/2 on one free port, HTTP/1.1 (the IDE, gRPC-Web, /metrics) on another.</summary>
    Kestrel,
}

/// <summary>One API key of a testbed: its name, the key itself, and its roles (<c>Judge.Api.Access.Roles</c>).</summary>
public sealed record TestbedKey(string Name, string Key, params string[] Roles);

/// <summary>What a <see cref="JudgeTestbed"/> starts with. Settings not named here go in <see cref="Overrides"/>.</summary>
public sealed class TestbedOptions
{
    /// <summary>The Redis server, host:port.</summary>
    public required string RedisAddress { get; init; }

    /// <summary>Prefix of every Redis key of this testbed, e.g. "judgetest:&lt;guid&gt;:"; every key under it is deleted on dispose.</summary>
    public required string KeyPrefix { get; init; }

    /// <summary>The hosts' environment name ("Testing", "Bench").</summary>
    public required string EnvironmentName { get; init; }

    public ApiTransport Transport { get; init; } = ApiTransport.TestServer;

    /// <summary>The API's web root (the IDE's files), or null for none.</summary>
    public string? WebRoot { get; init; }

    /// <summary>The hosts' content root (where appsettings.json is read), or null for the current directory.</summary>
    public string? ContentRoot { get; init; }

    public IReadOnlyList<TestbedKey> Keys { get; init; } = [];

    /// <summary>Assessments:SigningKey (base64, 32 bytes); a random one by default.</summary>
    public string SigningKey { get; init; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Worker:DataDirectory.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "judge-test-data");

    /// <summary>Logging:LogLevel:Default of every host.</summary>
    public string LogLevel { get; init; } = "Warning";

    /// <summary>Prefix of the workers' generated names (Worker:Name).</summary>
    public string WorkerNamePrefix { get; init; } = "test";

    /// <summary>Settings of the API and every worker, applied last.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Called on every in-process host's logging (e.g. to capture log lines).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
