using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Judge.IntegrationTests;

/// <summary>
/// Adds up one of the worker's counters (meter "Judge.Worker") by its language tag, as the in-process workers of a
/// harness record it: a test reads the change a submission made.
/// </summary>
public sealed class WorkerCounter : IDisposable
{
    private readonly MeterListener _listener;
    private readonly ConcurrentDictionary<string, long> _byLanguage = new();

    /// <param name="name">The instrument's name, e.g. "judge.compile.cache_hits".</param>
    public WorkerCounter(string name)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == name && instrument.Meter.Name == "Judge.Worker")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "language")
                {
                    _byLanguage.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The total so far for <paramref name="language"/>.</summary>
    public long Of(string language) => _byLanguage.GetValueOrDefault(language);

    public void Dispose() => _listener.Dispose();
}
