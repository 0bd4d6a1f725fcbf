using Judge.Hosting.Observability;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Judge.Hosting;

/// <summary>
/// The shape every pipeline to a piece of infrastructure (Redis, the Docker engine) shares: retry
/// transient faults with jittered exponential backoff, stop calling a dependency that keeps failing,
/// and bound each call. What counts as transient is the caller's. The breaker's state goes to
/// <see cref="CircuitStates"/> under <c>dependency</c>.
/// </summary>
public static class InfrastructureResilience
{
    public static ResiliencePipelineBuilder AddInfrastructureStrategies(
        this ResiliencePipelineBuilder builder, Func<PredicateBuilder<object>> transientFaults, TimeSpan timeout,
        CircuitStates circuits, string dependency)
    {
        circuits.Set(dependency, CircuitStates.Closed);
        return builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transientFaults(),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transientFaults(),
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
                OnOpened = _ => Report(circuits, dependency, CircuitStates.Open),
                OnHalfOpened = _ => Report(circuits, dependency, CircuitStates.HalfOpen),
                OnClosed = _ => Report(circuits, dependency, CircuitStates.Closed),
            })
            .AddTimeout(timeout);
    }

    private static ValueTask Report(CircuitStates circuits, string dependency, int state)
    {
        circuits.Set(dependency, state);
        return ValueTask.CompletedTask;
    }
}
