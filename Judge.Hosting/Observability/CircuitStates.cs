using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Judge.Hosting.Observability;

/// <summary>
/// The state of each infrastructure pipeline's circuit breaker (Redis, the Docker engine), as Polly reports it,
/// exported as the gauge <c>judge_circuit_state{dependency}</c>: 0 closed, 1 half-open, 2 open.
/// </summary>
public sealed class CircuitStates : IDisposable
{
    public const int Closed = 0;
    public const int HalfOpen = 1;
    public const int Open = 2;

    private readonly ConcurrentDictionary<string, int> _states = new(StringComparer.Ordinal);
    private readonly Meter _meter;

    public CircuitStates(IMeterFactory meters)
    {
        _meter = meters.Create(JudgeMeters.Shared);
        _meter.CreateObservableGauge("judge.circuit.state",
            () => _states.Select(state => new Measurement<int>(state.Value, new KeyValuePair<string, object?>("dependency", state.Key))),
            description: "Circuit breaker per dependency: 0 closed, 1 half-open, 2 open");
    }

    /// <summary>Records that <paramref name="dependency"/>'s breaker is in <paramref name="state"/> (one of the constants above).</summary>
    public void Set(string dependency, int state) => _states[dependency] = state;

    /// <summary>The last recorded state of <paramref name="dependency"/>; closed when none was recorded.</summary>
    public int Get(string dependency) => _states.GetValueOrDefault(dependency, Closed);

    public void Dispose() => _meter.Dispose();
}
