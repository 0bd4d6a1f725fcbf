using Judge.Worker.Health;
using Judge.Worker.Judging;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Queue;

/// <summary>
/// Runs <see cref="WorkerOptions.Concurrency"/> loops that each take one job at a time (new first,
/// then abandoned ones), judge it, and acknowledge it only once its final result is stored. A job
/// that fails stays pending and is retried after the visibility timeout, up to MaxDeliveries. A job of a language
/// this worker does not serve is handed back at once, its delivery not counted. Each loop beats
/// <see cref="LoopWatch"/> as it goes round and while its job's heartbeat runs (liveness). A loop takes a job only
/// while the worker's CPU budget has a free core (<see cref="CpuBudget.HasRoom"/>): with every core busy, a job left in
/// the stream goes to an idle worker instead of waiting here behind a long judging.
/// </summary>
internal sealed class JobConsumer(
    JobStream stream,
    JobSignal signal,
    SubmissionJudge judge,
    CpuBudget cpuBudget,
    LoopWatch watch,
    WorkerTelemetry telemetry,
    IOptions<WorkerOptions> workerOptions,
    ILogger<JobConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HandBackTimeout = TimeSpan.FromSeconds(5);

    private readonly WorkerOptions _options = workerOptions.Value;

    // Judging stops later than taking jobs: on shutdown in-flight jobs get a grace period to finish.
    private readonly CancellationTokenSource _judging = new();

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await stream.EnsureGroupAsync(cancellationToken);
        await stream.SubscribeAsync(signal.Pulse, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Concurrency).Select(loop => ConsumeAsync(loop, stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _judging.CancelAfter(_options.ShutdownGrace);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _judging.Dispose();
        base.Dispose();
    }

    private async Task ConsumeAsync(int loop, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            watch.Beat(loop);
            try
            {
                var released = cpuBudget.NextRelease;
                if (!cpuBudget.HasRoom)
                {
                    await JobSignal.WaitAsync(released, _options.IdlePollInterval, stoppingToken);
                    continue;
                }
                var wake = signal.Next;
                var delivery = await stream.ReadNewAsync(stoppingToken) ?? await stream.ClaimAbandonedAsync(stoppingToken);
                if (delivery is null)
                {
                    await JobSignal.WaitAsync(wake, _options.IdlePollInterval, stoppingToken);
                    continue;
                }
                await ProcessAsync(delivery, loop);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError("Job loop error: {Error}", e.Message);
                await Task.Delay(ErrorBackoff, CancellationToken.None);
            }
        }
    }

    private async Task ProcessAsync(JobDelivery delivery, int loop)
    {
        var token = _judging.Token;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["SubmissionId"] = delivery.SubmissionId,
            ["Attempt"] = delivery.Attempt,
        });
        if (delivery.Attempt > _options.MaxDeliveries)
        {
            var reason = $"judging failed on {delivery.Attempt - 1} attempts";
            logger.LogError("Submission {SubmissionId}: {Reason}; dead-lettering it", delivery.SubmissionId, reason);
            await judge.GiveUpAsync(delivery.SubmissionId, delivery.Attempt, reason, token);
            await stream.DeadLetterAsync(delivery, reason, token);
            return;
        }

        using var inFlight = telemetry.JobStarted();
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var heartbeat = HeartbeatAsync(delivery, loop, heartbeatStop.Token);
        try
        {
            var outcome = await judge.JudgeAsync(delivery.SubmissionId, delivery.Attempt, token);
            if (outcome == JudgeOutcome.NotServed)
            {
                await HandBackAsync(delivery, HandBackReason.LanguageNotServed);
                return;
            }
            await stream.AcknowledgeAsync(delivery, token);
            logger.LogDebug("Job {MessageId} acknowledged ({Outcome})", delivery.MessageId, outcome);
        }
        catch (AttemptSupersededException e)
        {
            logger.LogWarning("Stopped judging: {Reason}", e.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            logger.LogWarning("Shutting down: submission {SubmissionId} not finished within the grace period; handing it back",
                delivery.SubmissionId);
            await HandBackAsync(delivery, HandBackReason.Shutdown);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Judging submission {SubmissionId} failed on attempt {Attempt}; it stays queued for another attempt",
                delivery.SubmissionId, delivery.Attempt);
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    /// <summary>Makes the job look abandoned, so the next worker to look takes it without waiting for the visibility timeout.</summary>
    private async Task HandBackAsync(JobDelivery delivery, HandBackReason reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(HandBackTimeout);
            // A job of a language not served here was never attempted: its delivery is not counted against MaxDeliveries.
            await stream.HandBackAsync(delivery, uncount: reason == HandBackReason.LanguageNotServed, timeout.Token);
            telemetry.HandedBack(reason == HandBackReason.Shutdown ? WorkerTelemetry.ShutdownReason : WorkerTelemetry.LanguageNotServedReason);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not hand back job {MessageId} ({Error}); it is taken over after the visibility timeout",
                delivery.MessageId, e.Message);
        }
    }

    private enum HandBackReason { Shutdown, LanguageNotServed }

    private async Task HeartbeatAsync(JobDelivery delivery, int loop, CancellationToken cancellationToken)
    {
        var interval = _options.VisibilityTimeout / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, cancellationToken);
                watch.Beat(loop);
                await stream.HeartbeatAsync(delivery, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Heartbeat for job {MessageId} failed: {Error}", delivery.MessageId, e.Message);
            }
        }
    }
}
