using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Judge.Bench;

/// <summary>One reading of the API's queue gauges (jobs), <see cref="Seconds"/> after the sampler started.</summary>
public sealed record QueueReading(double Seconds, double Length, double Lag, double Pending);

/// <summary>Scrapes the API's GET /metrics every <c>interval</c> for judge_queue_length, _lag and _pending until disposed.</summary>
internal sealed partial class QueueSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<QueueReading> _readings = [];
    private readonly Task _sampling;

    public QueueSampler(HttpClient http, string metricsUrl, TimeSpan interval)
    {
        var started = Stopwatch.GetTimestamp();
        _sampling = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var text = await http.GetStringAsync(metricsUrl, _stop.Token);
                    var reading = new QueueReading(Stopwatch.GetElapsedTime(started).TotalSeconds,
                        Gauge(text, "judge_queue_length"), Gauge(text, "judge_queue_lag"), Gauge(text, "judge_queue_pending"));
                    lock (_readings)
                    {
                        _readings.Add(reading);
                    }
                    await Task.Delay(interval, _stop.Token);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
            }
        });
    }

    public IReadOnlyList<QueueReading> Readings
    {
        get
        {
            lock (_readings)
            {
                return _readings.ToList();
            }
        }
    }

    /// <summary>The value of an unlabelled gauge in a Prometheus text scrape; NaN when absent.</summary>
    private static double Gauge(string text, string name)
    {
        var match = Regex.Match(text, $@"^{name}(?:\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
