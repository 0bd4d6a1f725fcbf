namespace Judge.IntegrationTests;

/// <summary>A worker process's readiness and liveness on its ops port, and the failures its metrics count.</summary>
[NonParallelizable]
public class WorkerHealthTests
{
    [Test]
    public async Task A_worker_is_ready_once_its_languages_are_registered_and_its_pool_is_warm()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        using var ops = new OpsEndpoint();
        await using var worker = judge.StartWorkerProcess(new Dictionary<string, string?>(ops.Settings) { ["Worker:Languages:0"] = "python" });

        var live = await ops.WaitForAsync("/healthz/live", 200, TimeSpan.FromMinutes(1));
        var ready = await ops.WaitForAsync("/healthz/ready", 200, TimeSpan.FromMinutes(2));
        Assert.Multiple(() =>
        {
            Assert.That(live, Does.StartWith("Healthy\njob-loops: Healthy"));
            Assert.That(ready, Is.EqualTo("Healthy\nready: Healthy: serving python\n"));
        });
    }

    [Test]
    public async Task A_worker_whose_sandbox_image_is_missing_stays_unready_and_counts_the_failed_creations()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        using var ops = new OpsEndpoint();
        await using var worker = judge.StartWorkerProcess(new Dictionary<string, string?>(ops.Settings)
        {
            ["Worker:Languages:0"] = "python",
            ["Languages:python:Image"] = "judge/no-such-image",
        });

        await ops.WaitForAsync("/healthz/live", 200, TimeSpan.FromMinutes(1));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        double failures;
        do
        {
            await Task.Delay(500);
            failures = (await ops.ScrapeAsync()).Sum("judge_sandbox_creation_failures_total", "language=python");
        }
        while (failures < 2 && DateTime.UtcNow < deadline);
        var (status, body) = await ops.GetAsync("/healthz/ready");

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.GreaterThanOrEqualTo(2), "every try to start a sandbox failed and was counted");
            Assert.That(status, Is.EqualTo(503), body);
            Assert.That(body, Is.EqualTo("Unhealthy\nready: Unhealthy: not registered yet (tried again): python\n"));
        });
    }
}
