using System.Diagnostics;
using System.Net.Sockets;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// A redis-server of the test's own, on a port of 127.0.0.1, with the append-only file on as
/// `./judge up` runs it, so that a test can stop and restart it without disturbing other tests.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("judge-redis-").FullName;
    private Process? _process;

    public RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
        [
            "--bind", "127.0.0.1", "--port", Port.ToString(), "--dir", _directory, "--save", "",
            "--appendonly", "yes", "--appendfsync", "everysec", "--daemonize", "no",
        ])
        {
            RedirectStandardOutput = true,
        })!;
        _process.BeginOutputReadLine();
        for (var wait = 0; wait < 100; wait++)
        {
            if (await AcceptsConnectionsAsync())
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"redis-server on {Address} did not start");
    }

    /// <summary>Stops the server as an operator would (SIGTERM: the append-only file is flushed first).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }
        Signals.Send(_process.Id, Signals.Terminate);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
