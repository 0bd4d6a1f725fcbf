using System.Diagnostics;
using System.Text;

namespace Judge.IntegrationTests;

/// <summary>
/// A worker as ops run it: its own process (the built Judge.Worker), configured through environment
/// variables with the harness's settings, so that it can be killed or stopped with real signals.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the worker printed (its console log), for failure messages.</summary>
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

    public static WorkerProcess Start(JudgeHarness judge, IDictionary<string, string?>? overrides = null)
    {
        var name = $"proc-{Guid.NewGuid():N}"[..20];
        var binaries = WorkerBinaries();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "Judge.Worker.dll")])
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var settings = new Dictionary<string, string?>(judge.Settings)
        {
            ["Worker:Name"] = name,
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:Console:FormatterName"] = "simple",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        return new WorkerProcess(Process.Start(start)!, name);
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

    /// <summary>Waits until the worker's log shows <paramref name="text"/>.</summary>
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

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

    /// <summary>The worker built alongside these tests (same configuration and target framework).</summary>
    private static string WorkerBinaries()
    {
        var testBinaries = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var binaries = Path.Combine(Repository.Root, "Judge.Worker", "bin", testBinaries.Parent!.Name, testBinaries.Name);
        return File.Exists(Path.Combine(binaries, "Judge.Worker.dll"))
            ? binaries
            : throw new FileNotFoundException("the built worker is missing", Path.Combine(binaries, "Judge.Worker.dll"));
    }
}
