using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// The metrics the API and a worker process export at GET /metrics (Prometheus text), by the names operators and the
/// Grafana dashboard use, and the trace that runs from Submit through the job to each test.
/// </summary>
[NonParallelizable]
public class TelemetryTests
{
    private static readonly Dictionary<string, string?> FastSampling = new() { ["Telemetry:SampleInterval"] = "00:00:00.200" };

    private static readonly Dictionary<string, string?> PythonOnly = new() { ["Worker:Languages:0"] = "python" };

    [Test]
    public async Task The_api_and_a_worker_process_export_the_judge_metrics()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, FastSampling);
        using var ops = new OpsEndpoint();
        await using var worker = judge.StartWorkerProcess(new Dictionary<string, string?>(PythonOnly.Concat(ops.Settings)));
        await ops.WaitForAsync("/healthz/ready", 200, TimeSpan.FromMinutes(2));
        await judge.Problems.PutAsync("metrics-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("5 5\n", "10\n")]);

        var accepted = await judge.Judge.JudgeAsync("metrics-sum", "python", Programs.Get("python", "sum"));
        var wrong = await judge.Judge.JudgeAsync("metrics-sum", "python", Programs.Get("python", "wrong"));
        Assert.ThrowsAsync<RpcException>(async () => await judge.Judge.SubmitAsync(SubmissionCalls.Request("metrics-sum", "cobol", "x")));
        await Task.Delay(500); // one more sample of the queue
        var api = await PrometheusText.ScrapeAsync(judge.CreateHttpClient(), "/metrics");
        var scraped = await ops.ScrapeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(wrong.Verdict, Is.EqualTo(Verdict.WrongAnswer));

            Assert.That(api.Sum("judge_api_requests_total", "method=judge.v1.Judge/Submit", "status=OK"), Is.EqualTo(2), api.Text);
            Assert.That(api.Sum("judge_api_requests_total", "method=judge.v1.Judge/Submit", "status=InvalidArgument"), Is.EqualTo(1));
            Assert.That(api.Sum("judge_api_request_duration_seconds_count", "method=judge.v1.Judge/Submit"), Is.EqualTo(3));
            Assert.That(api.Sum("judge_submissions_queued_total", "language=python", "mode=judge"), Is.EqualTo(2));
            Assert.That(api.Find("judge_queue_length").Single().Value, Is.EqualTo(0), "both are finished");
            Assert.That(api.Find("judge_queue_lag").Single().Value, Is.EqualTo(0));
            Assert.That(api.Find("judge_queue_pending").Single().Value, Is.EqualTo(0));
            Assert.That(api.Find("judge_dead_letters").Single().Value, Is.EqualTo(0));
            Assert.That(api.Find("judge_circuit_state", "dependency=redis").Single().Value, Is.EqualTo(0), "closed");

            Assert.That(scraped.Sum("judge_submissions_judged_total", "language=python", "mode=judge", "verdict=accepted"), Is.EqualTo(1), scraped.Text);
            Assert.That(scraped.Sum("judge_submissions_judged_total", "language=python", "mode=judge", "verdict=wrong_answer"), Is.EqualTo(1));
            Assert.That(scraped.Sum("judge_queue_wait_seconds_count", "language=python"), Is.EqualTo(2));
            Assert.That(scraped.Sum("judge_compile_duration_seconds_count", "language=python"), Is.GreaterThanOrEqualTo(2));
            Assert.That(scraped.Sum("judge_test_duration_seconds_count", "language=python"), Is.GreaterThanOrEqualTo(3),
                "two tests of the accepted one, at least the first of the wrong one");
            Assert.That(scraped.Find("judge_test_duration_seconds_bucket", "language=python", "le=+Inf"), Is.Not.Empty);
            Assert.That(scraped.Find("judge_compile_cache_hits_total", "language=python").Single().Value, Is.EqualTo(0), "two different sources");
            Assert.That(scraped.Find("judge_compile_prestarted_total", "language=python").Single().Value, Is.EqualTo(0), "python has no prestarted compiler");
            Assert.That(scraped.Find("judge_sandbox_warm", "language=python"), Is.Not.Empty);
            Assert.That(scraped.Sum("judge_sandbox_creations_total", "language=python"), Is.GreaterThanOrEqualTo(1));
            Assert.That(scraped.Find("judge_sandbox_creation_failures_total", "language=python").Single().Value, Is.EqualTo(0), "exported before any failure");
            Assert.That(scraped.Find("judge_jobs_handed_back_total", "reason=shutdown").Single().Value, Is.EqualTo(0));
            Assert.That(scraped.Find("judge_jobs_handed_back_total", "reason=language_not_served").Single().Value, Is.EqualTo(0));
            Assert.That(scraped.Find("judge_jobs_in_flight").Single().Value, Is.EqualTo(0));
            Assert.That(scraped.Find("judge_cores_in_use").Single().Value, Is.EqualTo(0), "every judging gave its cores back");
            Assert.That(scraped.Sum("judge_cores_wait_seconds_count"), Is.GreaterThanOrEqualTo(4), "two compiles and two submissions' tests took cores");
            Assert.That(scraped.Find("judge_circuit_state", "dependency=redis").Single().Value, Is.EqualTo(0));
            Assert.That(scraped.Find("judge_circuit_state", "dependency=docker").Single().Value, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task The_queue_gauges_follow_a_backlog_and_its_delivery()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, FastSampling);
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("backlog", [ProblemTest.Text("1 2\n", "3\n")]);
        var redis = await judge.RedisAsync();
        var jobs = judge.KeyPrefix + "jobs";
        for (var i = 0; i < 3; i++)
        {
            await judge.Judge.SubmitAsync(SubmissionCalls.Request("backlog", "python", Programs.Get("python", "sum")));
        }
        await redis.StreamCreateConsumerGroupAsync(jobs, "workers", "0-0");
        var waiting = await GaugesWhenAsync(judge, gauges => gauges.Length == 3 && gauges.Lag == 3);

        await redis.StreamReadGroupAsync(jobs, "workers", "some-worker", ">", 1);
        var delivered = await GaugesWhenAsync(judge, gauges => gauges.Pending == 1);

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.EqualTo((3.0, 3.0, 0.0)));
            Assert.That(delivered, Is.EqualTo((3.0, 2.0, 1.0)), "one delivered: lag 2, pending 1, still 3 unfinished");
        });
    }

    /// <summary>The API's (length, lag, pending) once <paramref name="condition"/> holds, or the last scrape after 10 s.</summary>
    private static async Task<(double Length, double Lag, double Pending)> GaugesWhenAsync(
        JudgeHarness judge, Func<(double Length, double Lag, double Pending), bool> condition)
    {
        var http = judge.CreateHttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var scraped = await PrometheusText.ScrapeAsync(http, "/metrics");
            var gauges = (scraped.Sum("judge_queue_length"), scraped.Sum("judge_queue_lag"), scraped.Sum("judge_queue_pending"));
            if (condition(gauges) || DateTime.UtcNow > deadline)
            {
                return gauges;
            }
            await Task.Delay(100);
        }
    }

    [Test]
    public async Task A_submission_is_one_trace_from_the_submit_call_to_each_test()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Judge.Worker",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        await judge.StartWorkerAsync(overrides: PythonOnly);
        await judge.WaitForLanguagesAsync(["python"]);
        await judge.Problems.PutAsync("traced", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("2 2\n", "4\n")]);

        var caller = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("traced", "python", Programs.Get("python", "sum")),
            new Metadata { { "traceparent", $"00-{caller}-{callerSpan}-01" } });
        var final = (await judge.Judge.WatchToEndAsync(submitted.SubmissionId))[^1].Final;

        var judgment = spans.Where(s => s.DisplayName == "judge submission" && s.TraceId == caller).ToList();
        var steps = spans.Where(s => s.TraceId == caller && s.DisplayName != "judge submission").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(judgment, Has.Count.EqualTo(1), "the worker's span continues the caller's trace");
            Assert.That(judgment.Single().GetTagItem("judge.submission_id"), Is.EqualTo(submitted.SubmissionId));
            Assert.That(judgment.Single().ParentSpanId, Is.Not.EqualTo(default(ActivitySpanId)), "a child of the Submit call's server span");
            Assert.That(steps.Select(s => s.DisplayName), Is.EquivalentTo(new[] { "compile", "test 0", "test 1" }));
            Assert.That(steps.Select(s => s.ParentSpanId).Distinct(), Is.EqualTo(new[] { judgment.Single().SpanId }));
        });
    }
}
