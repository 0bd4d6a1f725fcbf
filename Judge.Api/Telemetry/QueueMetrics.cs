using System.Diagnostics.Metrics;
using Judge.Storage;
using Judge.Hosting.Observability;
using Microsoft.Extensions.Options;

namespace Judge.Api.Telemetry;

/// <summary>
/// Samples the job queue every <see cref="QueueMetricsOptions.SampleInterval"/> and exports the last sample as the gauges
/// <c>judge_queue_length</c> (unfinished jobs), <c>judge_queue_lag</c> (not yet delivered to the workers' group),
/// <c>judge_queue_pending</c> (delivered, not acknowledged) and <c>judge_dead_letters</c>. A failed sample (Redis down)
/// is logged and the gauges keep the last good one; before the first sample they report nothing.
/// </summary>
internal sealed class QueueMetrics : BackgroundService
{
    private readonly JobQueueStatistics _statistics;
    private readonly QueueMetricsOptions _options;
    private readonly ILogger<QueueMetrics> _logger;
    private readonly Meter _meter;
    private volatile JobQueueStatistics.Sample? _last;

    public QueueMetrics(JobQueueStatistics statistics, IOptions<QueueMetricsOptions> options, IMeterFactory meters, ILogger<QueueMetrics> logger)
    {
        _statistics = statistics;
        _options = options.Value;
        _logger = logger;
        _meter = meters.Create(JudgeMeters.Api);
        Gauge("judge.queue.length", "Jobs not yet finished (waiting or being judged)", sample => sample.Length);
        Gauge("judge.queue.lag", "Jobs not yet delivered to any worker of the group", sample => sample.Lag);
        Gauge("judge.queue.pending", "Jobs delivered to a worker and not yet acknowledged", sample => sample.Pending);
        Gauge("judge.dead_letters", "Jobs that failed every attempt, kept in the dead-letter stream", sample => sample.DeadLetters);
    }

    private void Gauge(string name, string description, Func<JobQueueStatistics.Sample, long> read) =>
        _meter.CreateObservableGauge(name, () => _last is { } sample ? [new Measurement<long>(read(sample))] : Array.Empty<Measurement<long>>(),
            description: description);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SampleInterval);
        try
        {
            do
            {
                await SampleAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SampleAsync(CancellationToken stoppingToken)
    {
        try
        {
            _last = await _statistics.ReadAsync(_options.ConsumerGroup, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            _logger.LogWarning("Could not sample the job queue: {Error}", e.Message);
        }
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }
}
