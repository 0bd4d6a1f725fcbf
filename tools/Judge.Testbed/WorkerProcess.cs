using System.Diagnostics;
using System.Text;

namespace Judge.Testbed;

/// <summary>
/// A worker as ops run it: a process of its own (the Judge.Worker built beside the caller, in the same configuration and
/// target framework), configured through environment variables (Section__Key), so that it can be killed or stopped with
/// real signals and its ops port scraped. Everything it prints is kept for failure messages.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, string name, string? opsUrl)
    {
        _process = process;
        Name = name;
        OpsUrl = opsUrl;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>GET /metrics and /healthz/* of this worker (Kestrel:Endpoints:Ops:Url), or null when it has none.</summary>
    public string? OpsUrl { get; }

    /// <summary>Everything the worker printed (its console log).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The last <paramref name="lines"/> lines the worker printed.</summary>
    public string Tail(int lines = 20) => string.Join('\n', Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));

    /// <summary>Starts the built worker named <paramref name="name"/> with exactly <paramref name="settings"/>.</summary>
    /// <exception cref="FileNotFoundException">The worker is not built beside the caller.</exception>
    public static WorkerProcess Start(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var binaries = WorkerBinaries();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "Judge.Worker.dll")])
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        return new WorkerProcess(Process.Start(start)!, name, settings.GetValueOrDefault("Kestrel:Endpoints:Ops:Url"));
    }

    /// <summary>Sends a signal (<see cref="Signals.Kill"/>, <see cref="Signals.Terminate"/>) to the worker process.</summary>
    public void Signal(int signal) => Signals.Send(Pid, signal);

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until the worker's log shows <paramref name="text"/>; a margin, not a speed figure.</summary>
    /// <exception cref="TimeoutException">It did not within <paramref name="timeout"/>, or the worker exited.</exception>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || HasExited)
            {
                throw new TimeoutException($"worker {Name} never logged '{text}'; its output:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: the worker dies mid-job, as a crashed machine would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits until GET /healthz/ready on <see cref="OpsUrl"/> answers 200; a margin, not a speed figure.</summary>
    /// <exception cref="TimeoutException">It did not within <paramref name="timeout"/>, or the worker exited.</exception>
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
                throw new TimeoutException($"worker {Name} did not become ready in {timeout.TotalSeconds:0} s:\n{Tail()}");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>
    /// Stops a worker that still runs as ops would: SIGTERM and a wait for its graceful stop (its containers removed),
    /// SIGKILL after <see cref="StopGrace"/>. Idempotent.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        if (!_process.HasExited)
        {
            try
            {
                Signal(Signals.Terminate);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // It exited meanwhile.
            }
            using var grace = new CancellationTokenSource(StopGrace);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    /// <summary>How long a stopping worker may take before it is killed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(60);

    private int _disposed;

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>Judge.Worker/bin/CONFIGURATION/TFM of the checkout the caller runs from, as the caller's own bin folder is named.</summary>
    private static string WorkerBinaries()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var binaries = Path.Combine(Repository.Root, "Judge.Worker", "bin", own.Parent!.Name, own.Name);
        return File.Exists(Path.Combine(binaries, "Judge.Worker.dll"))
            ? binaries
            : throw new FileNotFoundException("the built worker is missing", Path.Combine(binaries, "Judge.Worker.dll"));
    }
}
