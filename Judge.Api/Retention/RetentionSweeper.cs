using Judge.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Retention;

/// <summary>
/// Runs <see cref="ProblemVersionRetention.SweepAsync"/> every <see cref="RetentionOptions.SweepInterval"/> (the first
/// one an interval after start). A failed sweep (Redis unreachable) is logged and the next one starts over; with
/// several API replicas, the one that takes the sweep lock sweeps and the others skip that turn.
/// </summary>
public sealed class RetentionSweeper(
    ProblemVersionRetention retention,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepOnceAsync(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SweepOnceAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            var result = await retention.SweepAsync(stoppingToken);
            if (result.Ran)
            {
                logger.LogDebug("Retention sweep done: {RemovedCount} problem versions removed", result.Removed.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Retention sweep failed ({Error}); the next one starts over in {Interval}", e.Message, interval);
        }
    }
}
