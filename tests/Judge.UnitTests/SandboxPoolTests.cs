using Judge.UnitTests.Fakes;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>
/// Every failure around a rental returns the sandbox or retires it: none is left rented and out of
/// the pool for good. Faults are injected through the pool's seam (ISandbox, ISandboxFactory).
/// </summary>
public class SandboxPoolTests
{
    private static IEnumerable<TestCaseData> PingFaults()
    {
        yield return new TestCaseData(new RunnerProtocolException("runner answered PING with 'judge-runner 0'")).SetName("a PING answered by another protocol");
        yield return new TestCaseData(new SandboxBrokenException("the runner did not answer")).SetName("a broken runner");
        yield return new TestCaseData(new IOException("connection reset")).SetName("any other exception");
        yield return new TestCaseData(new OperationCanceledException()).SetName("a PING cancelled by its own timeout");
    }

    [TestCaseSource(nameof(PingFaults))]
    public async Task A_warm_sandbox_whose_ping_fails_is_removed_and_a_new_one_rented(Exception fault)
    {
        var factory = new FakeSandboxFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await WarmAsync(factory, pool);
        warm.PingFault = fault;

        var rented = await pool.RentAsync("cpp", CancellationToken.None);

        Assert.That(rented, Is.Not.SameAs(warm));
        await warm.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await pool.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_rental_cancelled_during_the_ping_removes_that_sandbox()
    {
        var factory = new FakeSandboxFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await WarmAsync(factory, pool);
        warm.PingBlocks = true;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(async () => await pool.RentAsync("cpp", cancel.Token), Throws.InstanceOf<OperationCanceledException>());

        await warm.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var replacement = await factory.NextCreatedAsync();
        Assert.That(replacement, Is.Not.SameAs(warm), "the pool refills");
        await pool.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_sandbox_that_cannot_be_wiped_for_reuse_is_removed()
    {
        var factory = new FakeSandboxFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await WarmAsync(factory, pool);
        var rented = await pool.RentAsync("cpp", CancellationToken.None);
        Assert.That(rented, Is.SameAs(warm));
        warm.WipeFault = new RunnerProtocolException("reply is shorter than its fields say");

        pool.Release(rented, reusable: true);

        await warm.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await pool.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task Stopping_removes_rented_returned_and_warm_sandboxes()
    {
        var factory = new FakeSandboxFactory();
        var pool = await StartPoolAsync(factory);
        var first = await WarmAsync(factory, pool);
        var rented = await pool.RentAsync("cpp", CancellationToken.None);
        pool.Release(rented, reusable: false);

        await pool.StopAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Disposed.Task.IsCompleted, Is.True);
            Assert.That(factory.Created.All(s => s.Disposed.Task.IsCompleted), Is.True, "every sandbox made is removed");
            Assert.That(factory.LeftoverSweeps, Is.EqualTo(2), "swept at start and at stop");
        });
    }

    /// <summary>The pool's first sandbox once it is in the warm set (made is not yet warm: a rental before then starts another).</summary>
    private static async Task<FakeSandbox> WarmAsync(FakeSandboxFactory factory, SandboxPool pool)
    {
        var sandbox = await factory.NextCreatedAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (pool.WarmCount("cpp") == 0)
        {
            await Task.Delay(5, deadline.Token);
        }
        return sandbox;
    }

    private static async Task<SandboxPool> StartPoolAsync(FakeSandboxFactory factory)
    {
        var pool = new SandboxPool(factory, new WarmUpSpecs([new SandboxSpec("cpp", "judge/sandbox-cpp", 1024, null)]),
            Options.Create(new SandboxOptions { WarmPerLanguage = 1 }), Options.Create(new WorkerOptions { Concurrency = 1 }),
            TestTelemetry.Create(),
            NullLogger<SandboxPool>.Instance);
        await pool.StartAsync(CancellationToken.None);
        return pool;
    }
}
