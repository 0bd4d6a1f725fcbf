using System.Diagnostics.Metrics;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.UnitTests.Fakes;

/// <summary>The worker's real instruments on a meter factory of their own, for tests that build worker parts by hand.</summary>
internal static class TestTelemetry
{
    public static WorkerTelemetry Create() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
