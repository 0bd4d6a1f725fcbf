using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
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
        _judge = await JudgeHarness.StartAsync();
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
    public async Task gRPC_Web_reaches_the_candidate_service_and_no_other()
    {
        var session = await _assessments.CreateSessionAsync(Request());
        using var channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, _judge.CreateHandler()),
            HttpVersion = new Version(1, 1),
        });
        var headers = new Metadata { { "authorization", "Bearer " + session.CandidateToken } };

        var view = await new CandidateClient(channel).GetSessionAsync(new GetCandidateSessionRequest(), headers);
        var judge = Assert.ThrowsAsync<RpcException>(async () =>
            await new Contracts.V1.Judge.JudgeClient(channel).ListLanguagesAsync(new ListLanguagesRequest(), new Metadata { { "x-api-key", JudgeHarness.SubmitterKey } }));

        Assert.Multiple(() =>
        {
            Assert.That(view.Problems.Single().ProblemId, Is.EqualTo("session-sum"));
            Assert.That(judge!.StatusCode, Is.Not.EqualTo(StatusCode.OK), "the Judge service does not speak gRPC-Web");
        });
    }

    [Test]
    public async Task At_most_three_submissions_of_a_session_wait_at_once()
    {
        await using var idle = await JudgeHarness.StartAsync(workers: 0);
        await idle.RegisterLanguagesAsync("python");
        await idle.Problems.PutAsync("session-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var assessments = new AssessmentsClient(idle.WithKey(JudgeHarness.AssessorKey));
        var session = await assessments.CreateSessionAsync(Request(languages: "python"));
        var candidate = new CandidateClient(idle.WithToken(session.CandidateToken));

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
}
