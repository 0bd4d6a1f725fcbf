using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>The README's front door: `./judge up` runs the service, restarts a worker that dies mid-life, and stops when part of it cannot start.</summary>
[NonParallelizable]
public class FrontDoorTests
{
    private const int MinUptimeSeconds = 5;

    [Test]
    public async Task Judge_up_exits_non_zero_when_the_worker_exits_and_leaves_the_engine_running()
    {
        // A worker whose configuration fails validation exits at once; the API starts on a free port.
        using var up = StartJudgeUp(new() { ["Worker__Concurrency"] = "0" });
        var stderr = up.StandardError.ReadToEndAsync();
        var stdout = up.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await up.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            up.Kill(entireProcessTree: true);
            Assert.Fail("./judge up did not exit after its worker did\n" + await stderr);
        }
        using var docker = Process.Start(new ProcessStartInfo("docker", "info") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await docker.WaitForExitAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(up.ExitCode, Is.EqualTo(1), await stderr + await stdout);
            Assert.That(await stderr, Does.Contain("a process exited"));
            Assert.That(docker.ExitCode, Is.Zero, "the Docker engine keeps running");
        });
    }

    [Test]
    public async Task Judge_up_restarts_a_worker_killed_mid_life_under_its_name_and_ops_port_and_stops_cleanly_on_sigterm()
    {
        using var workerOps = FreeOpsPortPair(out var apiOpsPort);
        // Keys of their own: the demo's uploads and their self-check jobs (in languages this worker does not serve) go with them.
        var keyPrefix = $"frontdoor-{Guid.NewGuid():N}:";
        using var up = StartJudgeUp(new()
        {
            ["JUDGE_OPS_PORT"] = apiOpsPort.ToString(),
            ["Worker__Languages__0"] = "python",
            ["Redis__KeyPrefix"] = keyPrefix,
            ["JUDGE_WORKER_MIN_UPTIME"] = MinUptimeSeconds.ToString(),
        });
        var stderr = up.StandardError.ReadToEndAsync();
        var stdout = up.StandardOutput.ReadToEndAsync();
        try
        {
            await workerOps.WaitForAsync("/healthz/ready", 200, TimeSpan.FromMinutes(6));
            var first = WorkerProcessOnOpsPort(workerOps.Port);
            Assert.That(first, Is.Not.Null, "a worker process with this ops port");
            // Only a worker that ran its minimum uptime is restarted (one that exits sooner stops ./judge up: the test above).
            await Task.Delay(TimeSpan.FromSeconds(MinUptimeSeconds + 2));
            Process.GetProcessById(first!.Value.Pid).Kill();

            await workerOps.WaitForAsync("/healthz/ready", 0, TimeSpan.FromSeconds(30));
            await workerOps.WaitForAsync("/healthz/ready", 200, TimeSpan.FromMinutes(2));
            var second = WorkerProcessOnOpsPort(workerOps.Port);
            var runningAfterRestart = !up.HasExited;

            using (var term = Process.Start("kill", ["-TERM", up.Id.ToString()]))
            {
                await term.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await up.WaitForExitAsync(timeout.Token);

            Assert.Multiple(async () =>
            {
                Assert.That(runningAfterRestart, Is.True, "./judge up kept running");
                Assert.That(second, Is.Not.Null, "a worker answers on the same ops port again");
                Assert.That(second?.Pid, Is.Not.EqualTo(first.Value.Pid), "a new process");
                Assert.That(second?.Name, Is.EqualTo(first.Value.Name), "under the same worker name");
                Assert.That(await stderr, Does.Contain("worker 0 exited with status 137").And.Contain("restarting it"));
                Assert.That(up.ExitCode, Is.Zero, "SIGTERM stops everything cleanly" + await stderr + await stdout);
                Assert.That(WorkerProcessOnOpsPort(workerOps.Port), Is.Null, "no worker is left running");
            });
        }
        finally
        {
            if (!up.HasExited)
            {
                up.Kill(entireProcessTree: true);
            }
            await Judge.Testbed.JudgeTestbed.DeleteKeysAsync(JudgeHarness.RedisAddress, keyPrefix);
        }
    }

    /// <summary>The pid and Worker__Name of the live worker process whose ops URL has <paramref name="port"/>, from /proc; null if none.</summary>
    private static (int Pid, string Name)? WorkerProcessOnOpsPort(int port)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("Judge.Worker.dll", StringComparison.Ordinal))
                {
                    continue;
                }
                var environment = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (environment.Contains($"Kestrel__Endpoints__Ops__Url=http://127.0.0.1:{port}"))
                {
                    var name = environment.FirstOrDefault(e => e.StartsWith("Worker__Name=", StringComparison.Ordinal));
                    return (pid, name?["Worker__Name=".Length..] ?? "");
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    /// <summary>An ops endpoint for worker 0 whose port less one is free too (the API's ops port under ./judge up).</summary>
    private static OpsEndpoint FreeOpsPortPair(out int apiOpsPort)
    {
        while (true)
        {
            var workerOps = new OpsEndpoint();
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, workerOps.Port - 1);
                probe.Start();
                apiOpsPort = workerOps.Port - 1;
                return workerOps;
            }
            catch (SocketException)
            {
                workerOps.Dispose();
            }
        }
    }

    /// <summary>`./judge up` with its stdout and stderr redirected, the API's gRPC and web ports free ones, and <paramref name="environment"/> added.</summary>
    private static Process StartJudgeUp(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, "judge"), "up")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["JUDGE_API_ADDRESS"] = $"127.0.0.1:{FreePort()}",
                ["JUDGE_WEB_ADDRESS"] = $"127.0.0.1:{FreePort()}",
            },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
