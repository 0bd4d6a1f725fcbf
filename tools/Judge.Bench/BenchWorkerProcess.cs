using System.Diagnostics;

namespace Judge.Bench;

/// <summary>
/// A worker in a process of its own (Judge.Worker/bin/Release/net10.0, built with the bench), configured through
/// environment variables, so a drill can kill it (SIGKILL) and scrape its ops port. Its output is discarded but for the
/// last lines, kept for failure messages.
/// </summary>
internal sealed class BenchWorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private BenchWorkerProcess(Process process, string name, int opsPort)
    {
        _process = process;
        Name = name;
        OpsUrl = $"http://127.0.0.1:{opsPort}";
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// <summary>GET /metrics and /healthz/* of this worker.</summary>
    public string OpsUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the worker printed.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    /// <exception cref="FileNotFoundException">The worker is not built (./judge bench builds it with the bench).</exception>
    public static BenchWorkerProcess Start(string name, int opsPort, IReadOnlyDictionary<string, string?> settings)
    {
        var binaries = Path.GetFullPath(Path.Combine("Judge.Worker", "bin", "Release", "net10.0"));
        var dll = Path.Combine(binaries, "Judge.Worker.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("the built worker is missing (run from the repository's root after a Release build)", dll);
        }
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return new BenchWorkerProcess(Process.Start(start)!, name, opsPort);
    }

    /// <summary>SIGKILL: the worker dies mid-job, as a crashed machine would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits until GET /healthz/ready answers 200; fails after <paramref name="timeout"/> or if the worker exits.</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(OpsUrl + "/healthz/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"worker {Name} did not become ready in {timeout.TotalSeconds:0} s:\n{Tail}");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>SIGTERM and a wait for the graceful stop (its containers removed); SIGKILL after 60 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
