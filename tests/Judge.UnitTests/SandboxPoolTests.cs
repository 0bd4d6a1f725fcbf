using System.Diagnostics.Metrics;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.DependencyInjection;
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
        var factory = new FakeFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await factory.NextCreatedAsync();
        warm.PingFault = fault;

        var rented = await pool.RentAsync("cpp", CancellationToken.None);

        Assert.That(rented, Is.Not.SameAs(warm));
        await warm.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await pool.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task A_rental_cancelled_during_the_ping_removes_that_sandbox()
    {
        var factory = new FakeFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await factory.NextCreatedAsync();
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
        var factory = new FakeFactory();
        var pool = await StartPoolAsync(factory);
        var warm = await factory.NextCreatedAsync();
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
        var factory = new FakeFactory();
        var pool = await StartPoolAsync(factory);
        var first = await factory.NextCreatedAsync();
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

    private static async Task<SandboxPool> StartPoolAsync(FakeFactory factory)
    {
        var languages = new LanguageTable { ["cpp"] = new LanguageDefinition { Image = "judge/sandbox-cpp", SourceFile = "main.cpp", RunCommand = ["/w/main"] } };
        var pool = new SandboxPool(factory, Options.Create(languages),
            Options.Create(new SandboxOptions { WarmPerLanguage = 1 }), Options.Create(new WorkerOptions { Concurrency = 1 }),
            new WorkerTelemetry(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()),
            NullLogger<SandboxPool>.Instance);
        await pool.StartAsync(CancellationToken.None);
        return pool;
    }

    private sealed class FakeFactory : ISandboxFactory
    {
        private readonly System.Threading.Channels.Channel<FakeSandbox> _created = System.Threading.Channels.Channel.CreateUnbounded<FakeSandbox>();

        public List<FakeSandbox> Created { get; } = [];

        public int LeftoverSweeps { get; private set; }

        public Task<ISandbox> CreateAsync(string languageId, LanguageDefinition language, SandboxRole role, CancellationToken cancellationToken)
        {
            var sandbox = new FakeSandbox(languageId);
            lock (Created)
            {
                Created.Add(sandbox);
            }
            _created.Writer.TryWrite(sandbox);
            return Task.FromResult<ISandbox>(sandbox);
        }

        public Task RemoveLeftoversAsync(CancellationToken cancellationToken)
        {
            LeftoverSweeps++;
            return Task.CompletedTask;
        }

        public async Task<FakeSandbox> NextCreatedAsync() => await _created.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class FakeSandbox(string language) : ISandbox
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");
        public string Language => language;
        public int Rentals { get; set; }
        public bool Healthy => true;
        public Exception? PingFault { get; set; }
        public Exception? WipeFault { get; set; }
        public bool PingBlocks { get; set; }
        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task PingAsync(CancellationToken cancellationToken)
        {
            if (PingBlocks)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            if (PingFault is not null)
            {
                throw PingFault;
            }
        }

        public Task WipeAsync(CancellationToken cancellationToken) => WipeFault is null ? Task.CompletedTask : Task.FromException(WipeFault);
        public Task SetMemoryLimitAsync(long bytes, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task SetCpusAsync(string cpuset, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task PrestartAsync(ExecRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

        public IAsyncEnumerable<ExecResult> ExecBatchAsync(ExecRequest request, IReadOnlyList<BatchRun> runs, bool stopAfterFailedRun,
            CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken) => Task.FromResult(new ExecResult { Status = RunStatus.Ok });
        public Task<long> SealAsync(string directory, CancellationToken cancellationToken) => Task.FromResult(0L);

        public ValueTask DisposeAsync()
        {
            Disposed.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
