using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using Judge.Api.Sessions;
using Judge.Api.Submissions;
using Judge.Contracts.V1;
using AssessmentsClient = Judge.Contracts.V1.Assessments.AssessmentsClient;
using CandidateClient = Judge.Contracts.V1.Candidate.CandidateClient;

namespace Judge.IntegrationTests;

/// <summary>
/// Assessment sessions through the real API, Redis and a worker: the pipeline (role assessment-admin) creates, ends and
/// reports on sessions; the candidate's token opens the Candidate service only, only within the window, only for the
/// session's problems and languages, with per-session limits; gRPC-Web reaches the Candidate service and nothing else.
/// </summary>
[NonParallelizable]
public class SessionTests
{
    private const string Statement = "# Sum\n\nAdd <script>alert(1)</script> two numbers. [docs](https://example.org) [bad](javascript:alert(1))\n";
    private const string PythonSum = "a, b = map(int, input().split())\nprint(a + b)\n";

    private JudgeHarness _judge = null!;
    private AssessmentsClient _assessments = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // No SUBMIT interval here: tests submit twice in a row; the interval has a test of its own. Draft saves 5 s apart.
        _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Assessments:SubmitInterval"] = "00:00:00", ["Assessments:DraftInterval"] = "00:00:05",
        });
        _assessments = new AssessmentsClient(_judge.WithKey(JudgeHarness.AssessorKey));
        ProblemTest[] tests = [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n")];
        await _judge.Problems.PutAsync("session-sum", tests, h => h.Statement = Statement);
        await _judge.Problems.PutAsync("session-other", tests);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static CreateSessionRequest Request(TimeSpan? startsIn = null, TimeSpan? duration = null, params string[] languages) => new()
    {
        CandidateRef = "cand-0042",
        ProblemIds = { "session-sum" },
        Languages = { languages.Length > 0 ? languages : ["python", "cpp"] },
        StartsAt = startsIn is { } offset ? Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow + offset) : null,
        Duration = Duration.FromTimeSpan(duration ?? TimeSpan.FromMinutes(90)),
    };

    private CandidateClient Candidate(string token) => new(_judge.WithToken(token));

    [Test]
    public async Task A_session_gives_a_token_that_opens_its_problems_and_languages_only()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);

        var view = await candidate.GetSessionAsync(new GetCandidateSessionRequest());
        var problem = await candidate.GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" });
        var outside = Assert.ThrowsAsync<RpcException>(async () => await candidate.GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-other" }));

        Assert.Multiple(() =>
        {
            Assert.That(session.IdeUrl, Does.EndWith("#token=" + session.CandidateToken));
            Assert.That(session.Problems.Single().Version, Is.EqualTo(1));
            Assert.That(view.Open, Is.True);
            Assert.That(view.Problems.Select(p => p.Title), Is.EqualTo(new[] { "Problem session-sum" }));
            Assert.That(view.Languages.Select(l => l.Id), Is.EquivalentTo(new[] { "python", "cpp" }));
            Assert.That((view.EndsAt.ToDateTimeOffset() - view.Now.ToDateTimeOffset()).TotalMinutes, Is.InRange(89, 90));
            Assert.That(problem.Problem.Limits.Select(l => l.Language), Is.EqualTo(new[] { "cpp", "python" }));
            Assert.That(problem.Problem.Samples.Single().Input.ToStringUtf8(), Is.EqualTo("1 2\n"));
            Assert.That(problem.StatementHtml, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Not.Contain("<script"));
            Assert.That(problem.StatementHtml, Does.Contain("<a href=\"https://example.org\">docs</a>").And.Not.Contain("javascript:"));
            Assert.That(outside!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(outside.Status.Detail, Is.EqualTo("problem 'session-other' is not part of this assessment"));
        });
    }

    [Test]
    public async Task A_candidates_submissions_are_judged_and_reported_to_the_pipeline_with_the_best_score()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);

        var wrong = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", "print(0)\n"));
        var right = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", PythonSum));
        var report = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });

        var problem = report.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(wrong.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(right.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(problem.BestScore, Is.EqualTo(2));
            Assert.That(problem.MaxScore, Is.EqualTo(2));
            Assert.That(problem.Submissions.Select(s => (s.Id, s.Verdict)), Is.EqualTo(new[] { (wrong.Id, Verdict.WrongAnswer), (right.Id, Verdict.Accepted) }));
            Assert.That(report.Session.CandidateRef, Is.EqualTo("cand-0042"));
        });
    }

    private static async Task<Submission> JudgeAsync(CandidateClient candidate, SubmitRequest request)
    {
        var submitted = await candidate.SubmitAsync(request);
        using var call = candidate.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submitted.SubmissionId }, deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout);
        Submission? final = null;
        await foreach (var change in call.ResponseStream.ReadAllAsync())
        {
            final = change.EventCase == SubmissionEvent.EventOneofCase.Final ? change.Final : final;
        }
        return final ?? throw new AssertionException("the watch ended without a final state");
    }

    [Test]
    public async Task A_second_run_within_the_interval_is_told_when_to_retry()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);
        var run = SubmissionCalls.Request("session-sum", "python", PythonSum, SubmitMode.Run);

        await candidate.SubmitAsync(run);
        var refused = Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(run));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(refused.Status.Detail, Does.StartWith("one RUN per 2 s; retry in "));
            Assert.That(int.Parse(refused.Trailers.GetValue(SubmissionIntake.RetryAfterTrailer)!), Is.InRange(1, 2000));
        });
    }

    [Test]
    public async Task A_language_outside_the_session_is_refused_naming_the_allowed_ones()
    {
        var session = await _assessments.CreateSessionAsync(Request(languages: "python"));

        var refused = Assert.ThrowsAsync<RpcException>(async () => await Candidate(session.CandidateToken).SubmitAsync(SubmissionCalls.Request("session-sum", "cpp", "int main(){}")));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Is.EqualTo("language 'cpp' is not allowed in this assessment; allowed: python"));
        });
    }

    [Test]
    public async Task An_ended_session_refuses_its_candidate_with_when_it_ended_and_ending_again_changes_nothing()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);

        var ended = await _assessments.EndSessionAsync(new EndSessionRequest { SessionId = session.Id });
        var again = await _assessments.EndSessionAsync(new EndSessionRequest { SessionId = session.Id });
        var refused = Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum)));
        var view = await candidate.GetSessionAsync(new GetCandidateSessionRequest());

        Assert.Multiple(() =>
        {
            Assert.That(ended.EndedEarly, Is.True);
            Assert.That(again.EndsAt, Is.EqualTo(ended.EndsAt), "the first end stays");
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(refused.Status.Detail, Is.EqualTo($"the assessment ended at {ended.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC"));
            Assert.That(view.Open, Is.False);
        });
    }

    [Test]
    public async Task Outside_the_window_the_candidate_is_told_when_it_starts_or_ended()
    {
        var later = await _assessments.CreateSessionAsync(Request(startsIn: TimeSpan.FromHours(1)));
        var over = await _assessments.CreateSessionAsync(Request(startsIn: TimeSpan.FromMinutes(-10), duration: TimeSpan.FromMinutes(5)));

        var early = Assert.ThrowsAsync<RpcException>(async () => await Candidate(later.CandidateToken).GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" }));
        var late = Assert.ThrowsAsync<RpcException>(async () => await Candidate(over.CandidateToken).GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" }));

        Assert.Multiple(() =>
        {
            Assert.That(early!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(early.Status.Detail, Does.StartWith("the assessment starts at "));
            Assert.That(late!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(late.Status.Detail, Is.EqualTo($"the assessment ended at {over.EndsAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC"));
        });
    }

    [Test]
    public async Task A_token_is_refused_when_forged_expired_or_sent_to_another_service_and_an_api_key_never_opens_the_candidates()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var long_ago = await _assessments.CreateSessionAsync(Request(startsIn: TimeSpan.FromHours(-3), duration: TimeSpan.FromHours(1)));
        var forged = session.CandidateToken[..^2] + (session.CandidateToken.EndsWith("AA") ? "BB" : "AA");
        var otherSession = session.CandidateToken.Replace(session.Id, long_ago.Id);

        var calls = new Dictionary<string, AsyncUnaryCall<CandidateSession>>
        {
            ["forged"] = Candidate(forged).GetSessionAsync(new GetCandidateSessionRequest()),
            ["another session's id under this signature"] = Candidate(otherSession).GetSessionAsync(new GetCandidateSessionRequest()),
            ["expired"] = Candidate(long_ago.CandidateToken).GetSessionAsync(new GetCandidateSessionRequest()),
            ["an API key"] = new CandidateClient(_judge.WithKey(JudgeHarness.SubmitterKey)).GetSessionAsync(new GetCandidateSessionRequest()),
        };
        var asJudge = Assert.ThrowsAsync<RpcException>(async () =>
            await new Contracts.V1.Judge.JudgeClient(_judge.WithToken(session.CandidateToken)).ListLanguagesAsync(new ListLanguagesRequest()));

        Assert.Multiple(() =>
        {
            foreach (var (what, call) in calls)
            {
                var refused = Assert.ThrowsAsync<RpcException>(async () => await call, what);
                Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated), what);
            }
            Assert.That(asJudge!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated), "the Judge service wants an API key");
        });
    }

    [Test]
    public async Task Sessions_belong_to_the_key_that_created_them_and_need_the_assessment_admin_role()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var other = new AssessmentsClient(_judge.WithKey(JudgeHarness.OtherAssessorKey));

        var notFound = Assert.ThrowsAsync<RpcException>(async () => await other.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id }));
        var notEnded = Assert.ThrowsAsync<RpcException>(async () => await other.EndSessionAsync(new EndSessionRequest { SessionId = session.Id }));
        var denied = Assert.ThrowsAsync<RpcException>(async () =>
            await new AssessmentsClient(_judge.WithKey(JudgeHarness.SubmitterKey)).CreateSessionAsync(Request()));

        Assert.Multiple(() =>
        {
            Assert.That(notFound!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(notEnded!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(denied!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        });
    }

    [Test]
    public async Task A_candidate_reads_only_its_own_submissions()
    {
        var first = await _assessments.CreateSessionAsync(Request());
        var second = await _assessments.CreateSessionAsync(Request());
        var submitted = await Candidate(first.CandidateToken).SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));
        var byKey = await _judge.Judge.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));

        var others = Assert.ThrowsAsync<RpcException>(async () => await Candidate(second.CandidateToken).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId }));
        var keys = Assert.ThrowsAsync<RpcException>(async () => await Candidate(first.CandidateToken).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = byKey.SubmissionId }));
        var mine = await Candidate(first.CandidateToken).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId });

        Assert.Multiple(() =>
        {
            Assert.That(others!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(keys!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(mine.ProblemId, Is.EqualTo("session-sum"));
        });
    }

    [TestCase("candidate_ref", "candidate_ref must be 1-128 printable ASCII characters")]
    [TestCase("duration", "duration is 00:00:30; it must be between 1 minute and 1.00:00:00")]
    [TestCase("problems", "problem_ids must name 1-20 problems; it names 0")]
    [TestCase("missing", "problem_ids: problem 'no-such-problem' does not exist")]
    [TestCase("language", "languages: no worker serves 'cobol'")]
    public void A_bad_session_is_refused_naming_the_field(string fault, string message)
    {
        var request = Request();
        switch (fault)
        {
            case "candidate_ref": request.CandidateRef = ""; break;
            case "duration": request.Duration = Duration.FromTimeSpan(TimeSpan.FromSeconds(30)); break;
            case "problems": request.ProblemIds.Clear(); break;
            case "missing": request.ProblemIds.Add("no-such-problem"); break;
            case "language": request.Languages.Add("cobol"); break;
        }

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _assessments.CreateSessionAsync(request));

        Assert.That(refused!.Status.Detail, Does.StartWith(message));
    }

    [Test]
    public async Task gRPC_Web_reaches_the_candidate_and_review_services_and_no_other()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        using var channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, _judge.CreateHandler()),
            HttpVersion = new Version(1, 1),
        });
        var headers = new Metadata { { "authorization", "Bearer " + session.CandidateToken } };

        var view = await new CandidateClient(channel).GetSessionAsync(new GetCandidateSessionRequest(), headers);
        var link = await _assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id });
        var review = await new Contracts.V1.Review.ReviewClient(channel).GetReviewAsync(new GetReviewRequest(), new Metadata { { "authorization", "Bearer " + link.Token } });
        var judge = Assert.ThrowsAsync<RpcException>(async () =>
            await new Contracts.V1.Judge.JudgeClient(channel).ListLanguagesAsync(new ListLanguagesRequest(), new Metadata { { "x-api-key", JudgeHarness.SubmitterKey } }));
        var assessments = Assert.ThrowsAsync<RpcException>(async () =>
            await new AssessmentsClient(channel).GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id }, new Metadata { { "x-api-key", JudgeHarness.AssessorKey } }));

        Assert.Multiple(() =>
        {
            Assert.That(view.Problems.Single().ProblemId, Is.EqualTo("session-sum"));
            Assert.That(review.Report.Session.Id, Is.EqualTo(session.Id), "the replay page's Review service speaks gRPC-Web");
            Assert.That(assessments!.StatusCode, Is.Not.EqualTo(StatusCode.OK), "the Assessments service does not speak gRPC-Web");
            Assert.That(judge!.StatusCode, Is.Not.EqualTo(StatusCode.OK), "the Judge service does not speak gRPC-Web");
        });
    }

    /// <summary>A judge without workers, so submissions stay in flight; its settings as <paramref name="overrides"/> say.</summary>
    private static async Task<(JudgeHarness Judge, CandidateClient Candidate, AssessmentSession Session)> IdleSessionAsync(Dictionary<string, string?> overrides)
    {
        var idle = await JudgeHarness.StartAsync(workers: 0, overrides);
        await idle.RegisterLanguagesAsync("python");
        await idle.Problems.PutAsync("session-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var assessments = new AssessmentsClient(idle.WithKey(JudgeHarness.AssessorKey));
        var session = await assessments.CreateSessionAsync(Request(languages: "python"));
        return (idle, new CandidateClient(idle.WithToken(session.CandidateToken)), session);
    }

    [Test]
    public async Task At_most_three_submissions_of_a_session_wait_at_once()
    {
        var (idle, candidate, _) = await IdleSessionAsync(new() { ["Assessments:SubmitInterval"] = "00:00:00" });
        await using var _ = idle;

        for (var i = 0; i < 3; i++)
        {
            await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));
        }
        var refused = Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum)));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(refused.Status.Detail, Is.EqualTo("3 of your submissions are still being judged (at most 3 at once); retry in 2000 ms"));
        });
    }

    [Test]
    public async Task Ten_concurrent_submits_with_one_token_admit_exactly_the_cap_and_each_admitted_one_is_in_the_session()
    {
        var (idle, candidate, session) = await IdleSessionAsync(new() { ["Assessments:SubmitInterval"] = "00:00:00" });
        await using var _ = idle;

        var calls = Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                return (await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum + $"# {i}\n"))).SubmissionId;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
            {
                return null;
            }
        });
        var admitted = (await Task.WhenAll(calls)).OfType<string>().ToList();
        var report = await new AssessmentsClient(idle.WithKey(JudgeHarness.AssessorKey)).GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            Assert.That(admitted, Has.Count.EqualTo(3));
            Assert.That(report.Problems.Single().Submissions.Select(s => s.Id), Is.EquivalentTo(admitted));
        });
    }

    [Test]
    public async Task A_second_submit_within_the_submit_interval_is_told_when_to_retry_and_a_refused_run_does_not_use_up_the_run_interval()
    {
        var (idle, candidate, _) = await IdleSessionAsync(new() { ["Assessments:SubmitInterval"] = "00:10:00", ["Assessments:RunInterval"] = "00:10:00" });
        await using var _ = idle;
        var badRun = SubmissionCalls.Request("session-sum", "python", PythonSum, SubmitMode.Run);
        badRun.Language = "cobol";
        var tooBig = SubmissionCalls.Request("session-sum", "python", PythonSum, SubmitMode.Run);
        tooBig.CustomInput = ByteString.CopyFrom(new byte[(1 << 20) + 1]);

        await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));
        var second = Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum)));
        var refusedRuns = new[] { badRun, tooBig }.Select(run => Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(run))!.StatusCode).ToList();
        var run = await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum, SubmitMode.Run));

        Assert.Multiple(() =>
        {
            Assert.That(second!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(second.Status.Detail, Does.StartWith("one SUBMIT per 600 s; retry in "));
            Assert.That(refusedRuns, Is.All.EqualTo(StatusCode.InvalidArgument));
            Assert.That(run.SubmissionId, Is.Not.Empty, "the refused RUNs left the RUN interval unused");
        });
    }

    [Test]
    public async Task A_session_that_has_used_its_most_submissions_is_refused_saying_so()
    {
        var (idle, candidate, _) = await IdleSessionAsync(new() { ["Assessments:SubmitInterval"] = "00:00:00", ["Assessments:MaxSubmissions"] = "2", ["Assessments:MaxInFlight"] = "10" });
        await using var _ = idle;

        await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));
        await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum));
        var refused = Assert.ThrowsAsync<RpcException>(async () => await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", PythonSum)));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(refused.Status.Detail, Is.EqualTo("this assessment allows 2 runs and submits in all, and all have been used"));
        });
    }

    [Test]
    public async Task A_malformed_token_signature_is_unauthenticated_not_an_internal_error()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var parts = session.CandidateToken.Split('.');

        foreach (var token in new[] { "v1.x.1.!", $"{parts[0]}.{parts[1]}.{parts[2]}.!!!!", $"{parts[0]}.{parts[1]}.{parts[2]}.{parts[3]}=" })
        {
            var refused = Assert.ThrowsAsync<RpcException>(async () => await Candidate(token).GetSessionAsync(new GetCandidateSessionRequest()));
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated), token);
            Assert.That(refused.Status.Detail, Is.EqualTo("the candidate token is not valid"), token);
        }
    }

    [Test]
    public async Task A_hidden_test_shows_the_candidate_its_verdict_and_coarse_figures_and_nothing_derived_from_its_input()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);
        // Exits with the first byte of its input: '1' (49) on the sample, '4' (52) on the hidden test.
        const string leak = "import sys\nsys.exit(sys.stdin.buffer.read()[0])\n";

        var submitted = await candidate.SubmitAsync(SubmissionCalls.Request("session-sum", "python", leak));
        var watched = new List<SubmissionEvent>();
        using (var call = candidate.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submitted.SubmissionId }, deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout))
        {
            await foreach (var change in call.ResponseStream.ReadAllAsync())
            {
                watched.Add(change);
            }
        }
        var got = await candidate.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId });
        var listed = (await candidate.ListSubmissionsAsync(new ListCandidateSubmissionsRequest())).Submissions.Single().Submission;
        var pipeline = (await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id })).Problems.Single().Submissions.Single();

        var streamedTests = watched.Where(e => e.EventCase == SubmissionEvent.EventOneofCase.Test).Select(e => e.Test).ToList();
        var hiddenSeen = watched.Single(e => e.EventCase == SubmissionEvent.EventOneofCase.Final).Final.Tests
            .Concat(got.Tests).Concat(listed.Tests).Where(t => !t.Sample).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(got.Verdict, Is.EqualTo(Verdict.RuntimeError));
            Assert.That(got.Tests.Single(t => t.Sample).ExitCode, Is.EqualTo(49), "a sample's input is the candidate's to see");
            Assert.That(streamedTests.Select(t => t.Sample), Is.EqualTo(new[] { true }), "a hidden test is not streamed as it finishes");
            Assert.That(hiddenSeen, Has.Count.EqualTo(3));
            Assert.That(hiddenSeen.Select(t => (t.ExitCode, t.Signal, t.WallTimeMs)), Is.All.EqualTo((0, 0, 0u)));
            Assert.That(hiddenSeen.Select(t => t.Verdict), Is.All.EqualTo(Verdict.RuntimeError));
            Assert.That(hiddenSeen.Select(t => t.CpuTimeMs % CandidateView.TimeStepMs), Is.All.Zero);
            Assert.That(hiddenSeen.Select(t => t.PeakMemoryKib % CandidateView.MemoryStepKib), Is.All.Zero);
            Assert.That(hiddenSeen.Select(t => t.Output.Length + t.ErrorOutput.Length + t.CheckerMessage.Length), Is.All.Zero);
            Assert.That(pipeline.Tests.Single(t => !t.Sample).ExitCode, Is.EqualTo(52), "the pipeline sees every figure");
        });
    }

    [Test]
    public async Task The_report_has_the_window_the_first_opening_counts_sources_and_drafts_and_an_unattempted_problem_says_so()
    {
        var request = Request();
        request.ProblemIds.Add("session-other");
        var session = await _assessments.CreateSessionAsync(request);
        var candidate = Candidate(session.CandidateToken);

        var before = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });
        // Any call in the window is an opening, not only GetSession: reading a statement counts.
        await candidate.GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" });
        var opened = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });
        await candidate.GetSessionAsync(new GetCandidateSessionRequest());
        await candidate.SaveDraftAsync(new SaveDraftRequest { ProblemId = "session-sum", Language = "cpp", Source = ByteString.CopyFromUtf8("int main() {}\n") });
        var run = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", PythonSum, SubmitMode.Run));
        var wrong = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", "print(0)\n"));
        var report = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });
        var lean = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id, OmitSources = true });

        var sum = report.Problems.Single(p => p.ProblemId == "session-sum");
        var other = report.Problems.Single(p => p.ProblemId == "session-other");
        Assert.Multiple(() =>
        {
            Assert.That(before.FirstOpenedAt, Is.Null, "not opened yet");
            Assert.That(opened.FirstOpenedAt, Is.Not.Null);
            Assert.That(report.FirstOpenedAt, Is.EqualTo(opened.FirstOpenedAt), "the first opening stays");
            Assert.That(report.LastActivityAt.ToDateTimeOffset(), Is.GreaterThanOrEqualTo(report.FirstOpenedAt.ToDateTimeOffset()));
            Assert.That(report.TimeUsed.ToTimeSpan(), Is.EqualTo(report.LastActivityAt.ToDateTimeOffset() - report.FirstOpenedAt.ToDateTimeOffset()));
            Assert.That((report.RunCount, report.SubmitCount), Is.EqualTo((1u, 1u)));
            Assert.That((sum.Attempted, sum.RunCount, sum.SubmitCount, sum.BestScore), Is.EqualTo((true, 1u, 1u, 0.0)));
            Assert.That((other.Attempted, other.Submissions.Count), Is.EqualTo((false, 0)));
            Assert.That(report.Problems.Select(p => p.Attempted), Is.EqualTo(new[] { true, false }), "a RUN alone counts as an attempt");
            Assert.That(sum.Submissions.Select(s => (s.Id, s.Mode, s.Source.ToStringUtf8())), Is.EqualTo(new[]
            {
                (run.Id, SubmitMode.Run, PythonSum), (wrong.Id, SubmitMode.Submit, "print(0)\n"),
            }));
            Assert.That(sum.Submissions[1].Tests.Select(t => t.Verdict), Is.EqualTo(new[] { Verdict.WrongAnswer, Verdict.WrongAnswer }));
            Assert.That(sum.Drafts.Select(d => (d.Language, d.Source.ToStringUtf8())), Is.EqualTo(new[] { ("cpp", "int main() {}\n") }));
            Assert.That(lean.Problems.SelectMany(p => p.Submissions).Select(s => s.Source.Length), Is.All.Zero);
            Assert.That(lean.Problems.SelectMany(p => p.Drafts).Select(d => d.Source.Length), Is.All.Zero);
        });
    }

    [Test]
    public async Task Drafts_are_kept_per_problem_and_language_and_a_bad_draft_is_refused_naming_the_field()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);
        SaveDraftRequest Draft(string language, string text) => new() { ProblemId = "session-sum", Language = language, Source = ByteString.CopyFromUtf8(text) };

        await candidate.SaveDraftAsync(Draft("python", "first"));
        var tooSoon = Assert.ThrowsAsync<RpcException>(async () => await candidate.SaveDraftAsync(Draft("python", "second")));
        await Task.Delay(TimeSpan.FromSeconds(5.1));
        await candidate.SaveDraftAsync(Draft("python", "second"));
        var language = Assert.ThrowsAsync<RpcException>(async () => await candidate.SaveDraftAsync(Draft("java", "x")));
        var size = Assert.ThrowsAsync<RpcException>(async () => await candidate.SaveDraftAsync(Draft("python", new string('x', 70_000))));
        var problem = Assert.ThrowsAsync<RpcException>(async () =>
            await candidate.SaveDraftAsync(new SaveDraftRequest { ProblemId = "session-other", Language = "python" }));
        var drafts = await candidate.ListDraftsAsync(new ListDraftsRequest());

        Assert.Multiple(() =>
        {
            Assert.That(drafts.Drafts.Select(d => (d.ProblemId, d.Language, d.Source.ToStringUtf8())), Is.EqualTo(new[] { ("session-sum", "python", "second") }));
            Assert.That(tooSoon!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(tooSoon.Status.Detail, Does.StartWith("one draft save per 5 s; retry in "));
            Assert.That(language!.Status.Detail, Does.StartWith("language 'java' is not allowed in this assessment"));
            Assert.That(size!.Status.Detail, Is.EqualTo("source is 70000 bytes; the limit is 65536 bytes"));
            Assert.That(problem!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        });
    }

    [Test]
    public async Task An_extension_moves_the_end_later_reopens_nothing_ended_and_is_recorded_in_the_report()
    {
        var over = await _assessments.CreateSessionAsync(Request(startsIn: TimeSpan.FromMinutes(-10), duration: TimeSpan.FromMinutes(5)));
        var ended = await _assessments.CreateSessionAsync(Request());
        await _assessments.EndSessionAsync(new EndSessionRequest { SessionId = ended.Id });
        var candidate = Candidate(over.CandidateToken);
        var closed = Assert.ThrowsAsync<RpcException>(async () => await candidate.GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" }));

        var extended = await _assessments.ExtendSessionAsync(new ExtendSessionRequest { SessionId = over.Id, Extra = Duration.FromTimeSpan(TimeSpan.FromMinutes(30)), Reason = "accommodation" });
        var problem = await candidate.GetProblemAsync(new GetCandidateProblemRequest { ProblemId = "session-sum" });
        var report = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = over.Id });
        var endedRefused = Assert.ThrowsAsync<RpcException>(async () =>
            await _assessments.ExtendSessionAsync(new ExtendSessionRequest { SessionId = ended.Id, Extra = Duration.FromTimeSpan(TimeSpan.FromMinutes(5)) }));
        var tooMuch = Assert.ThrowsAsync<RpcException>(async () =>
            await _assessments.ExtendSessionAsync(new ExtendSessionRequest { SessionId = over.Id, Extra = Duration.FromTimeSpan(TimeSpan.FromHours(24)) }));
        var tooLittle = Assert.ThrowsAsync<RpcException>(async () =>
            await _assessments.ExtendSessionAsync(new ExtendSessionRequest { SessionId = over.Id, Extra = Duration.FromTimeSpan(TimeSpan.FromSeconds(5)) }));

        Assert.Multiple(() =>
        {
            Assert.That(closed!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(extended.EndsAt, Is.EqualTo(Timestamp.FromDateTimeOffset(over.EndsAt.ToDateTimeOffset() + TimeSpan.FromMinutes(30))));
            Assert.That(extended.ExtendedBy.ToTimeSpan(), Is.EqualTo(TimeSpan.FromMinutes(30)));
            Assert.That(problem.Problem.Id, Is.EqualTo("session-sum"), "the extended window is open again");
            Assert.That(report.Extensions.Select(e => (e.Extra.ToTimeSpan(), e.Reason)), Is.EqualTo(new[] { (TimeSpan.FromMinutes(30), "accommodation") }));
            Assert.That(endedRefused!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(tooMuch!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(tooMuch.Status.Detail, Is.EqualTo("extra: the session has had 30 min already; with 1440 min more it would exceed 1440 min (Assessments:MaxExtension)"));
            Assert.That(tooLittle!.Status.Detail, Is.EqualTo("extra is 0.08 min; it must be between 1 min and 1440 min (Assessments:MaxExtension, for all extensions of a session)"));
        });
    }

    [Test]
    public async Task Sessions_are_listed_newest_start_first_by_candidate_and_time_in_pages_and_only_to_their_creator()
    {
        var candidateRef = $"list-{Guid.NewGuid():N}";
        var starts = Enumerable.Range(0, 5).Select(i => DateTimeOffset.UtcNow.AddHours(-i)).ToList();
        var ids = new List<string>();
        foreach (var start in starts)
        {
            var request = Request();
            request.CandidateRef = candidateRef;
            request.StartsAt = Timestamp.FromDateTimeOffset(start);
            ids.Add((await _assessments.CreateSessionAsync(request)).Id);
        }
        var pages = new List<ListSessionsResponse>();
        var token = "";
        do
        {
            var page = await _assessments.ListSessionsAsync(new ListSessionsRequest { CandidateRef = candidateRef, PageSize = 2, PageToken = token });
            pages.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);
        var ranged = await _assessments.ListSessionsAsync(new ListSessionsRequest
        {
            CandidateRef = candidateRef, StartsAfter = Timestamp.FromDateTimeOffset(starts[3].AddMinutes(-1)), StartsBefore = Timestamp.FromDateTimeOffset(starts[1].AddMinutes(-1)),
        });
        var all = await _assessments.ListSessionsAsync(new ListSessionsRequest { PageSize = 100 });
        var others = await new AssessmentsClient(_judge.WithKey(JudgeHarness.OtherAssessorKey)).ListSessionsAsync(new ListSessionsRequest { CandidateRef = candidateRef });
        var badToken = Assert.ThrowsAsync<RpcException>(async () => await _assessments.ListSessionsAsync(new ListSessionsRequest { PageToken = "nope" }));

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Sessions.Count), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(pages.SelectMany(p => p.Sessions).Select(s => s.Id), Is.EqualTo(ids));
            Assert.That(ranged.Sessions.Select(s => s.Id), Is.EqualTo(new[] { ids[2], ids[3] }));
            Assert.That(all.Sessions.Select(s => s.Id), Is.SupersetOf(ids));
            Assert.That(others.Sessions, Is.Empty);
            Assert.That(badToken!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(badToken.Status.Detail, Does.StartWith("page_token"));
        });
    }

    [Test]
    public async Task A_reloaded_ide_lists_the_candidates_own_submissions_with_their_sources()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);
        var other = Candidate((await _assessments.CreateSessionAsync(Request())).CandidateToken);

        var judged = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", PythonSum));
        var mine = await candidate.ListSubmissionsAsync(new ListCandidateSubmissionsRequest { ProblemId = "session-sum" });
        var theirs = await other.ListSubmissionsAsync(new ListCandidateSubmissionsRequest());

        Assert.Multiple(() =>
        {
            Assert.That(mine.Submissions.Select(s => (s.Submission.Id, s.Submission.Verdict, s.Source.ToStringUtf8())), Is.EqualTo(new[] { (judged.Id, Verdict.Accepted, PythonSum) }));
            Assert.That(theirs.Submissions, Is.Empty);
        });
    }

    [Test]
    public async Task The_cli_prints_the_report_with_zoned_dates_and_test_marks_and_writes_the_sources_to_a_folder()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        var candidate = Candidate(session.CandidateToken);
        await candidate.GetSessionAsync(new GetCandidateSessionRequest());
        var judged = await JudgeAsync(candidate, SubmissionCalls.Request("session-sum", "python", "print(3)\n"));
        var folder = Directory.CreateTempSubdirectory("judge-report-").FullName;
        var printed = new StringWriter();

        var exitCode = await new Judge.Cli.Commands(_judge.WithKey(JudgeHarness.AssessorKey), printed)
            .RunAsync(["session", "report", session.Id, "--sources", folder, "--utc"]);

        var text = printed.ToString();
        var written = Directory.GetFiles(Path.Combine(folder, "session-sum"));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(text, Does.Contain($"session {session.Id} for cand-0042"));
            Assert.That(text, Does.Match(@"first opened  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+00:00"));
            Assert.That(text, Does.Contain("session-sum v1: best 1 of 2; 0 runs, 1 submit"));
            Assert.That(text, Does.Contain($"{judged.Id} python     SUBMIT WRONG_ANSWER"));
            Assert.That(text, Does.Contain(" .W"));
            Assert.That(written.Select(File.ReadAllText), Is.EqualTo(new[] { "print(3)\n" }));
            Assert.That(written.Single(), Does.EndWith("-submit-python.py"));
        });
        Directory.Delete(folder, recursive: true);
    }
}
