using Judge.Worker.Programs;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Judge.Contracts.V1;
using Judge.Storage.Records;

namespace Judge.Worker.Judging;

/// <summary>
/// Runs a group's tests split between the sandboxes of a <see cref="SandboxTeam"/>: test i of the group goes to sandbox
/// i mod N (interleaved, so every sandbox gets a fair share and the earliest tests end first), each sandbox running its
/// share as <see cref="TestCaseRunner.RunAllAsync"/> does (batches, checked as they end). Results are yielded in test
/// order whatever sandbox ends first, so verdicts, the first failed test and the events never depend on timing. Stopping
/// the enumeration early (a failed all-or-nothing group, tampering) stops every sandbox: each breaks its batch at its
/// next result (the runner kills the run under way and stays usable); one still in a test after a grace period is
/// cancelled outright, which costs its container.
/// </summary>
internal sealed class ParallelTestRunner(TestCaseRunner runner, ILogger<ParallelTestRunner> logger)
{
    /// <summary>How long a stopped sandbox may take to end its current test before it is cancelled (and replaced).</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    /// <summary>As <see cref="TestCaseRunner.RunAllAsync"/>, over every sandbox of <paramref name="sandboxes"/>; one sandbox runs them all itself.</summary>
    /// <exception cref="SandboxBrokenException">A sandbox could not run a test (the job is retried).</exception>
    public async IAsyncEnumerable<JudgedTest> RunAllAsync(IReadOnlyList<ISandbox> sandboxes, LanguageDefinition language, StoredProblem problem,
        IReadOnlyList<int> indices, RunLimits limits, IChecker checker, bool stopAfterFailedRun,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = Math.Min(sandboxes.Count, indices.Count);
        if (count <= 1)
        {
            await foreach (var judged in runner.RunAllAsync(sandboxes[0], language, problem, indices, limits, checker, stopAfterFailedRun, cancellationToken))
            {
                yield return judged;
            }
            yield break;
        }
        using var stop = new CancellationTokenSource();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lanes = new Lane[count];
        for (var k = 0; k < count; k++)
        {
            var share = indices.Where((_, position) => position % count == k).ToArray();
            var lane = lanes[k] = new Lane();
            var sandbox = sandboxes[k];
            lane.Task = Task.Run(() => lane.RunAsync(
                runner.RunAllAsync(sandbox, language, problem, share, limits, checker, stopAfterFailedRun, cancel.Token), stop.Token), CancellationToken.None);
        }
        try
        {
            for (var position = 0; position < indices.Count; position++)
            {
                var lane = lanes[position % count];
                if (!await lane.Results.Reader.WaitToReadAsync(cancellationToken))
                {
                    // The lane ended: its failure, if any, is this position's; else it stopped after a failed run.
                    await lane.Task;
                    yield break;
                }
                lane.Results.Reader.TryRead(out var judged);
                yield return judged!;
            }
        }
        finally
        {
            await StopAsync(lanes, stop, cancel);
        }
    }

    /// <summary>Stops every lane (gently, then after <see cref="StopGrace"/> by cancelling) and waits for all of them.</summary>
    private async Task StopAsync(Lane[] lanes, CancellationTokenSource stop, CancellationTokenSource cancel)
    {
        await stop.CancelAsync();
        var all = Task.WhenAll(lanes.Select(lane => lane.Task));
        try
        {
            await all.WaitAsync(StopGrace);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("A sandbox was still in a test {Grace} after judging stopped; cancelling it", StopGrace);
            await cancel.CancelAsync();
        }
        catch
        {
            // A lane's failure that mattered was thrown to the grader at its own position.
        }
        try
        {
            await all;
        }
        catch (Exception) when (all.Exception is { } failures)
        {
            foreach (var failure in failures.InnerExceptions.Where(e => e is not OperationCanceledException))
            {
                logger.LogDebug("A sandbox's share ended with {Error} after judging no longer needed it", failure.Message);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One sandbox's share: its results as they are judged, and the task running it.</summary>
    private sealed class Lane
    {
        public Channel<JudgedTest> Results { get; } = Channel.CreateUnbounded<JudgedTest>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        public Task Task { get; set; } = Task.CompletedTask;

        /// <summary>Passes on every result of <paramref name="share"/>; once <paramref name="stop"/> is cancelled it breaks at the next one.</summary>
        public async Task RunAsync(IAsyncEnumerable<JudgedTest> share, CancellationToken stop)
        {
            try
            {
                await foreach (var judged in share)
                {
                    Results.Writer.TryWrite(judged);
                    if (stop.IsCancellationRequested)
                    {
                        break;
                    }
                }
            }
            finally
            {
                Results.Writer.TryComplete();
            }
        }
    }
}
