using Judge.Worker.Health;
using Judge.Worker.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>GET /healthz/live fails once a job loop has been silent past Worker:LivenessTimeout, and only then.</summary>
public class LivenessTests
{
    [Test]
    public async Task A_loop_silent_past_the_timeout_makes_the_worker_not_live()
    {
        var clock = new ManualClock();
        var options = Options.Create(new WorkerOptions { Concurrency = 2, LivenessTimeout = TimeSpan.FromSeconds(60) });
        var watch = new LoopWatch(options, clock);
        var check = new LivenessCheck(watch, options);

        clock.Advance(TimeSpan.FromSeconds(50));
        watch.Beat(0);
        watch.Beat(1);
        var fresh = await check.CheckHealthAsync(new HealthCheckContext());
        clock.Advance(TimeSpan.FromSeconds(50));
        watch.Beat(0);
        var oneQuiet = await check.CheckHealthAsync(new HealthCheckContext());
        clock.Advance(TimeSpan.FromSeconds(20));
        watch.Beat(0);
        var stuck = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Multiple(() =>
        {
            Assert.That(fresh.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(oneQuiet.Status, Is.EqualTo(HealthStatus.Healthy), "loop 1 silent 50 s of 60");
            Assert.That(stuck.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(stuck.Description, Is.EqualTo("job loop 1 has been silent for 70 s (limit 60 s)"));
        });
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
