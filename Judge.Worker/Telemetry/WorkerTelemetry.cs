using System.Collections.Frozen;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Judge.Contracts.V1;
using Judge.Hosting.Observability;
using Judge.Storage.Records;

namespace Judge.Worker.Telemetry;

/// <summary>
/// The worker's instruments and spans (meter and activity source <see cref="JudgeMeters.Worker"/>). Scraped as
/// <c>judge_submissions_judged_total{language,mode,verdict}</c>, <c>judge_queue_wait_seconds{language}</c>,
/// <c>judge_compile_duration_seconds{language}</c>, <c>judge_test_duration_seconds{language}</c>,
/// <c>judge_sandbox_creations_total{language}</c>, <c>judge_sandbox_creation_failures_total{language}</c>,
/// <c>judge_jobs_in_flight</c>, <c>judge_jobs_handed_back_total{reason}</c> and <c>judge_cores_wait_seconds</c>;
/// <c>judge_sandbox_warm{language}</c> is the pool's own gauge on <see cref="Meter"/>, <c>judge_cores_in_use</c> the CPU budget's. Spans: "judge submission" (continuing the Submit call's trace from the job),
/// with "compile" and "test N" inside it.
/// </summary>
public sealed class WorkerTelemetry : IDisposable
{
    private readonly ActivitySource _source = new(JudgeMeters.Worker);
    private readonly Counter<long> _judged;
    private readonly Histogram<double> _queueWait;
    private readonly Histogram<double> _compileDuration;
    private readonly Histogram<double> _testDuration;
    private readonly Histogram<double> _coreWait;
    private readonly Counter<long> _compileCacheHits;
    private readonly Counter<long> _prestartedCompiles;
    private readonly Counter<long> _creations;
    private readonly Counter<long> _creationFailures;
    private readonly UpDownCounter<long> _inFlight;
    private readonly Counter<long> _handedBack;

    public WorkerTelemetry(IMeterFactory meters)
    {
        Meter = meters.Create(JudgeMeters.Worker);
        var seconds = new InstrumentAdvice<double> { HistogramBucketBoundaries = JudgeMeters.SecondsBuckets };
        _judged = Meter.CreateCounter<long>("judge.submissions.judged", description: "Submissions finished, by language, mode and verdict");
        _queueWait = Meter.CreateHistogram("judge.queue.wait", "s", "Time from Submit until a worker took the job", advice: seconds);
        _compileDuration = Meter.CreateHistogram("judge.compile.duration", "s", "Wall time of one compilation", advice: seconds);
        _compileCacheHits = Meter.CreateCounter<long>("judge.compile.cache_hits", description: "Compiles skipped: the same source's compiled program was cached");
        _prestartedCompiles = Meter.CreateCounter<long>("judge.compile.prestarted", description: "Compiles done by a compiler prestarted while the sandbox waited in the pool");
        _testDuration = Meter.CreateHistogram("judge.test.duration", "s", "Wall time of one test: run and check", advice: seconds);
        _coreWait = Meter.CreateHistogram("judge.cores.wait", "s", "Time work waited for the worker's cores (Worker:Cores) before it ran", advice: seconds);
        _creations = Meter.CreateCounter<long>("judge.sandbox.creations", description: "Sandbox containers started");
        _creationFailures = Meter.CreateCounter<long>("judge.sandbox.creation_failures", description: "Sandbox containers that could not be started");
        _inFlight = Meter.CreateUpDownCounter<long>("judge.jobs.in_flight", description: "Jobs this worker is judging now");
        _handedBack = Meter.CreateCounter<long>("judge.jobs.handed_back", description: "Jobs given back to the queue unfinished, by reason");
        // Exported from the start, not only once something happened: dashboards and alerts see zeros, not gaps.
        _inFlight.Add(0);
        foreach (var reason in new[] { ShutdownReason, LanguageNotServedReason })
        {
            _handedBack.Add(0, new KeyValuePair<string, object?>("reason", reason));
        }
    }

    /// <summary>Reasons of <c>judge_jobs_handed_back_total</c>: the worker stopped before the job was finished.</summary>
    public const string ShutdownReason = "shutdown";

    /// <summary>Reasons of <c>judge_jobs_handed_back_total</c>: the job's language is not one this worker serves.</summary>
    public const string LanguageNotServedReason = "language_not_served";

    /// <summary>Exports the per-language sandbox counters at 0 before the first container is started or fails.</summary>
    public void Serves(string language)
    {
        _creations.Add(0, Language(language));
        _compileCacheHits.Add(0, Language(language));
        _prestartedCompiles.Add(0, Language(language));
        _creationFailures.Add(0, Language(language));
    }

    /// <summary>The worker's meter, for gauges other services observe themselves.</summary>
    public Meter Meter { get; }

    /// <summary>A finished submission; the verdict as its proto name without the prefix, lower case ("wrong_answer").</summary>
    public void Judged(Submission state) => _judged.Add(1, new TagList
    {
        { "language", state.Language },
        { "mode", state.Mode == SubmitMode.Run ? "run" : "judge" },
        { "verdict", VerdictLabel(state.Verdict) },
    });

    // "VERDICT_WRONG_ANSWER" -> "wrong_answer", for every verdict the contract defines.
    private static readonly FrozenDictionary<Verdict, string> VerdictLabels = JudgeReflection.Descriptor.EnumTypes
        .First(type => type.ClrType == typeof(Verdict)).Values
        .ToFrozenDictionary(value => (Verdict)value.Number, value => value.Name.Replace("VERDICT_", "", StringComparison.Ordinal).ToLowerInvariant());

    /// <summary>The verdict's proto name without its prefix, lower case: "accepted", "wrong_answer".</summary>
    public static string VerdictLabel(Verdict verdict) =>
        VerdictLabels.TryGetValue(verdict, out var label) ? label : ((int)verdict).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void QueueWait(string language, TimeSpan wait) => _queueWait.Record(Math.Max(0, wait.TotalSeconds), Language(language));

    public void Compiled(string language, TimeSpan duration) => _compileDuration.Record(duration.TotalSeconds, Language(language));

    /// <summary>How long a compile, a submission's tests or a custom input's run waited for the worker's cores.</summary>
    public void WaitedForCores(TimeSpan wait) => _coreWait.Record(wait.TotalSeconds);

    /// <summary>A compile skipped: the same source's compiled program came from the cache.</summary>
    public void CompileSkipped(string language) => _compileCacheHits.Add(1, Language(language));

    public void CompiledByPrestarted(string language) => _prestartedCompiles.Add(1, Language(language));

    public void Tested(string language, TimeSpan duration) => _testDuration.Record(duration.TotalSeconds, Language(language));

    public void SandboxCreated(string language) => _creations.Add(1, Language(language));

    public void SandboxCreationFailed(string language) => _creationFailures.Add(1, Language(language));

    /// <summary>Counts a job as in flight until the returned handle is disposed.</summary>
    public InFlightJob JobStarted()
    {
        _inFlight.Add(1);
        return new InFlightJob(_inFlight);
    }

    /// <summary>A job given back unfinished: <paramref name="reason"/> is <see cref="ShutdownReason"/> or <see cref="LanguageNotServedReason"/>.</summary>
    public void HandedBack(string reason) => _handedBack.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>
    /// The span of judging one submission, a child of the Submit call's span when the job carries its W3C trace context;
    /// null when nothing listens.
    /// </summary>
    public Activity? StartJudgment(SubmissionJob job)
    {
        ActivityContext.TryParse(job.TraceParent, job.TraceState, isRemote: true, out var parent);
        var activity = _source.StartActivity("judge submission", ActivityKind.Consumer, parent);
        activity?.SetTag("judge.submission_id", job.SubmissionId);
        activity?.SetTag("judge.problem_id", job.ProblemId);
        activity?.SetTag("judge.language", job.Language);
        return activity;
    }

    /// <summary>A span inside the current one ("compile", "test 3"); null when nothing listens.</summary>
    public Activity? StartStep(string name) => _source.StartActivity(name);

    private static KeyValuePair<string, object?> Language(string language) => new("language", language);

    public void Dispose()
    {
        _source.Dispose();
        Meter.Dispose();
    }

    /// <summary>Ends one job's count in <c>judge_jobs_in_flight</c> when disposed.</summary>
    public readonly struct InFlightJob(UpDownCounter<long> counter) : IDisposable
    {
        public void Dispose() => counter.Add(-1);
    }
}
