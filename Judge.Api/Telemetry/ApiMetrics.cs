using System.Diagnostics.Metrics;
using System.Diagnostics;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Hosting.Observability;

namespace Judge.Api.Telemetry;

/// <summary>
/// The API's instruments (meter <see cref="JudgeMeters.Api"/>), scraped as <c>judge_api_requests_total{method,status}</c>,
/// <c>judge_api_request_duration_seconds{method,status}</c> and <c>judge_submissions_queued_total{language,mode}</c>.
/// </summary>
public sealed class ApiMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _queued;

    public ApiMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(JudgeMeters.Api);
        _requests = _meter.CreateCounter<long>("judge.api.requests", description: "gRPC calls answered, by method and status code");
        _requestDuration = _meter.CreateHistogram("judge.api.request.duration", "s", "gRPC call duration, by method and status code",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = JudgeMeters.SecondsBuckets });
        _queued = _meter.CreateCounter<long>("judge.submissions.queued", description: "Submissions accepted and queued, by language and mode");
    }

    /// <summary>One answered call: <paramref name="method"/> as "judge.v1.Judge/Submit", its status code, its duration.</summary>
    public void Request(string method, StatusCode status, TimeSpan duration)
    {
        var tags = new TagList { { "method", method }, { "status", status.ToString() } };
        _requests.Add(1, tags);
        _requestDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>One submission queued (not a duplicate).</summary>
    public void Queued(string language, SubmitMode mode) =>
        _queued.Add(1, new TagList { { "language", language }, { "mode", ModeLabel(mode) } });

    /// <summary>"judge" for SUBMIT (all tests), "run" for RUN (samples or custom input): the label <c>mode</c>.</summary>
    public static string ModeLabel(SubmitMode mode) => mode == SubmitMode.Run ? "run" : "judge";

    public void Dispose() => _meter.Dispose();
}
