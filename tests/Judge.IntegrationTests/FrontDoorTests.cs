using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Judge.IntegrationTests;

/// <summary>The README's front door: `./judge up` runs the service, and says so when part of it dies.</summary>
[NonParallelizable]
public class FrontDoorTests
{
    [Test]
    public async Task Judge_up_exits_non_zero_when_the_worker_exits_and_leaves_the_engine_running()
    {
        // A worker whose configuration fails validation exits at once; the API starts on a free port.
        var start = new ProcessStartInfo(Path.Combine(Repository.Root, "judge"), "up")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["JUDGE_API_ADDRESS"] = $"127.0.0.1:{FreePort()}",
                ["JUDGE_WEB_ADDRESS"] = $"127.0.0.1:{FreePort()}",
                ["Worker__Concurrency"] = "0",
            },
        };
        using var up = Process.Start(start)!;
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
