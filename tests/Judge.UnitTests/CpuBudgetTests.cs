using Judge.UnitTests.Fakes;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>
/// The worker's CPU budget: work holds cores while it runs, waits (first come, first served) when they are taken, and
/// never waits inside a hold. Every step is ordered by tasks the test completes, never by time.
/// </summary>
public class CpuBudgetTests
{
    private static CpuBudget Budget(int engineCores, int workerCores = 0, double sandboxCpus = 1) => new(
        new FakeSandboxEngine(engineCores),
        Options.Create(new WorkerOptions { Cores = workerCores }),
        Options.Create(new SandboxOptions { Cpus = sandboxCpus }),
        TestTelemetry.Create(),
        NullLogger<CpuBudget>.Instance);

    /// <summary>Starts work that holds <paramref name="runs"/> runs' cores until <paramref name="end"/> completes; <c>Started</c> completes once it holds them.</summary>
    private static (Task Work, Task Started) Hold(CpuBudget budget, int runs, Task end, CancellationToken cancellationToken = default)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = budget.RunAsync(runs, async () =>
        {
            started.TrySetResult();
            await end;
        }, cancellationToken);
        return (work, started.Task);
    }

    [Test]
    public async Task Work_beyond_the_cores_waits_until_a_core_is_given_back()
    {
        var budget = Budget(engineCores: 2);
        var endFirst = new TaskCompletionSource();
        var endRest = new TaskCompletionSource();
        var first = Hold(budget, 1, endFirst.Task);
        var second = Hold(budget, 1, endRest.Task);
        await Task.WhenAll(first.Started, second.Started);
        var third = Hold(budget, 1, endRest.Task);

        Assert.Multiple(() =>
        {
            Assert.That(third.Started.IsCompleted, Is.False, "two cores are held");
            Assert.That(budget.InUse, Is.EqualTo(2));
        });
        endFirst.SetResult();
        await first.Work;
        await third.Started;
        endRest.SetResult();
        await Task.WhenAll(second.Work, third.Work);
        Assert.That(budget.InUse, Is.Zero);
    }

    [Test]
    public async Task Waiters_are_served_in_order_so_a_submission_needing_two_cores_is_not_starved_by_compiles_needing_one()
    {
        var budget = Budget(engineCores: 2);
        var endCompile = new TaskCompletionSource();
        var endTests = new TaskCompletionSource();
        var compile = Hold(budget, 1, endCompile.Task);
        await compile.Started;
        var tests = Hold(budget, 2, endTests.Task);
        var laterCompile = Hold(budget, 1, Task.CompletedTask);

        Assert.Multiple(() =>
        {
            Assert.That(tests.Started.IsCompleted, Is.False, "one core of two is free");
            Assert.That(laterCompile.Started.IsCompleted, Is.False, "a core is free, but the tests came first");
        });
        endCompile.SetResult();
        await tests.Started;
        Assert.That(laterCompile.Started.IsCompleted, Is.False, "the tests hold both cores");
        endTests.SetResult();
        await Task.WhenAll(compile.Work, tests.Work, laterCompile.Work);
        Assert.That(budget.InUse, Is.Zero);
    }

    [Test]
    public async Task It_has_room_only_while_a_core_is_free_and_nothing_waits_and_says_when_cores_come_back()
    {
        var budget = Budget(engineCores: 1);
        Assert.That(budget.HasRoom, Is.True, "not sized yet: a job may be taken");
        var end = new TaskCompletionSource();
        var holder = Hold(budget, 1, end.Task);
        await holder.Started;
        var released = budget.NextRelease;

        Assert.Multiple(() =>
        {
            Assert.That(budget.HasRoom, Is.False, "its one core is held");
            Assert.That(released.IsCompleted, Is.False);
        });
        end.SetResult();
        await holder.Work;
        await released;
        Assert.That(budget.HasRoom, Is.True);
    }

    [Test]
    public async Task Work_inside_a_hold_runs_at_once_covered_by_it()
    {
        var budget = Budget(engineCores: 2);
        var nested = await budget.RunAsync(2, () => budget.RunAsync(1, () => Task.FromResult(budget.InUse), CancellationToken.None), CancellationToken.None);

        Assert.That(nested, Is.EqualTo(2), "the nested work took no core of its own, and did not wait for one");
    }

    [Test]
    public async Task Lanes_started_inside_a_hold_are_covered_by_it()
    {
        var budget = Budget(engineCores: 1);
        var inUse = await budget.RunAsync(1, async () =>
        {
            var lanes = Enumerable.Range(0, 3).Select(_ => Task.Run(() => budget.RunAsync(1, () => Task.FromResult(budget.InUse), CancellationToken.None)));
            return await Task.WhenAll(lanes);
        }, CancellationToken.None);

        Assert.That(inUse, Is.All.EqualTo(1));
    }

    [Test]
    public async Task A_request_for_more_than_there_is_gets_every_core()
    {
        var budget = Budget(engineCores: 2);
        var held = await budget.RunAsync(5, () => Task.FromResult(budget.InUse), CancellationToken.None);

        Assert.That(held, Is.EqualTo(2));
    }

    [Test]
    public async Task A_cancelled_waiter_holds_nothing_and_those_behind_it_are_served()
    {
        var budget = Budget(engineCores: 2);
        var endFirst = new TaskCompletionSource();
        var first = Hold(budget, 1, endFirst.Task);
        await first.Started;
        using var cancel = new CancellationTokenSource();
        var big = Hold(budget, 2, Task.CompletedTask, cancel.Token);
        var small = Hold(budget, 1, Task.CompletedTask);
        Assert.That(small.Started.IsCompleted, Is.False, "behind the waiter for two");

        await cancel.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => big.Work);
        await small.Work;
        endFirst.SetResult();
        await first.Work;
        Assert.That(budget.InUse, Is.Zero);
    }

    [Test]
    public async Task Worker_cores_overrides_the_engines_and_a_run_counts_sandbox_cpus_rounded_up()
    {
        Assert.That(await Budget(engineCores: 8, workerCores: 3).CoresAsync(CancellationToken.None), Is.EqualTo(3));
        Assert.That(await Budget(engineCores: 8).CoresAsync(CancellationToken.None), Is.EqualTo(8));
        Assert.That(Budget(engineCores: 8, sandboxCpus: 1.5).CoresPerRun, Is.EqualTo(2));
        var budget = Budget(engineCores: 8, sandboxCpus: 1.5);
        Assert.That(await budget.RunAsync(3, () => Task.FromResult(budget.InUse), CancellationToken.None), Is.EqualTo(6));
    }
}
