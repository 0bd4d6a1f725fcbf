using Grpc.Core;
using Grpc.Health.V1;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// API keys and roles through the real API and Redis, with no worker: who may call what, and a
/// submitter sees only its own submissions and idempotency keys.
/// </summary>
[NonParallelizable]
public class AccessTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0);
        await _judge.RegisterLanguagesAsync("cpp");
        await _judge.Problems.PutAsync("access", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static SubmitRequest Request() => SubmissionCalls.Request("access", "cpp", "int main() {}");

    /// <summary>One call of every judge.v1 RPC, made with the given key.</summary>
    public static IEnumerable<TestCaseData> Calls()
    {
        yield return Call("Submit", (j, key) => j.JudgeWithKey(key).SubmitAsync(Request()).ResponseAsync, Role.Submitter);
        yield return Call("GetSubmission", (j, key) => j.JudgeWithKey(key).GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = new string('0', 32) }).ResponseAsync, Role.Submitter);
        yield return Call("WatchSubmission", (j, key) => j.JudgeWithKey(key).WatchToEndAsync(new string('0', 32)), Role.Submitter);
        yield return Call("ListLanguages", (j, key) => j.JudgeWithKey(key).ListLanguagesAsync(new ListLanguagesRequest()).ResponseAsync, Role.Submitter);
        yield return Call("PutProblem", (j, key) => j.ProblemsWithKey(key).PutAsync("access-put", [ProblemTest.Text("1\n", "1\n")]), Role.Admin);
        yield return Call("GetProblem", (j, key) => j.ProblemsWithKey(key).GetProblemAsync(new GetProblemRequest { Id = "access" }).ResponseAsync, Role.Admin);
    }

    public enum Role { Submitter, Admin }

    private static TestCaseData Call(string name, Func<JudgeHarness, string?, Task> call, Role role) =>
        new TestCaseData(call, role).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Calls))]
    public void A_call_without_a_key_is_unauthenticated(Func<JudgeHarness, string?, Task> call, Role role)
    {
        var error = Assert.ThrowsAsync<RpcException>(() => call(_judge, null));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.Status.Detail, Does.Contain("missing API key").And.Contain("x-api-key"));
    }

    [TestCaseSource(nameof(Calls))]
    public void A_call_with_an_unknown_key_is_unauthenticated(Func<JudgeHarness, string?, Task> call, Role role)
    {
        var error = Assert.ThrowsAsync<RpcException>(() => call(_judge, JudgeHarness.SubmitterKey + "x"));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(error.Status.Detail, Is.EqualTo("the API key is not valid"));
    }

    [TestCaseSource(nameof(Calls))]
    public void A_call_with_a_key_of_the_other_role_is_permission_denied(Func<JudgeHarness, string?, Task> call, Role role)
    {
        var (wrongKey, missing) = role == Role.Submitter
            ? (JudgeHarness.AdminKey, "submitter")
            : (JudgeHarness.SubmitterKey, "problem-admin");
        var error = Assert.ThrowsAsync<RpcException>(() => call(_judge, wrongKey));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(error.Status.Detail, Does.Contain($"does not have the role '{missing}'"));
    }

    [Test]
    public void Health_checks_need_no_key()
    {
        var health = new Health.HealthClient(_judge.WithKey(null));
        // Answered at all is the point; the status stays Unknown until the first health report.
        Assert.DoesNotThrowAsync(async () => await health.CheckAsync(new HealthCheckRequest()));
    }

    [Test]
    public async Task A_submitter_reads_and_watches_only_its_own_submissions()
    {
        var mine = await _judge.Judge.SubmitAsync(Request());
        var other = _judge.JudgeWithKey(JudgeHarness.OtherSubmitterKey);
        var ownRead = await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = mine.SubmissionId });
        var getError = Assert.ThrowsAsync<RpcException>(async () => await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = mine.SubmissionId }));
        var watchError = Assert.ThrowsAsync<RpcException>(() => other.WatchToEndAsync(mine.SubmissionId));
        var missingId = Guid.NewGuid().ToString("N");
        var missing = Assert.ThrowsAsync<RpcException>(async () => await other.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = missingId }));
        Assert.Multiple(() =>
        {
            Assert.That(ownRead.Id, Is.EqualTo(mine.SubmissionId));
            Assert.That(getError!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(watchError!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            // Word for word the answer for an id that does not exist: nothing reveals the submission.
            Assert.That(getError.Status.Detail, Is.EqualTo(missing!.Status.Detail.Replace(missingId, mine.SubmissionId)));
            Assert.That(watchError.Status.Detail, Is.EqualTo(getError.Status.Detail));
        });
    }

    [Test]
    public async Task Idempotency_keys_are_scoped_to_the_caller()
    {
        var request = Request();
        request.IdempotencyKey = $"shared-{Guid.NewGuid():N}";
        var before = await _judge.QueuedJobsAsync();
        var mine = await _judge.Judge.SubmitAsync(request);
        var theirs = await _judge.JudgeWithKey(JudgeHarness.OtherSubmitterKey).SubmitAsync(request);
        var mineAgain = await _judge.Judge.SubmitAsync(request);
        Assert.Multiple(async () =>
        {
            Assert.That(theirs.SubmissionId, Is.Not.EqualTo(mine.SubmissionId));
            Assert.That(theirs.Duplicate, Is.False);
            Assert.That(mineAgain.SubmissionId, Is.EqualTo(mine.SubmissionId));
            Assert.That(mineAgain.Duplicate, Is.True);
            Assert.That(await _judge.QueuedJobsAsync(), Is.EqualTo(before + 2));
        });
    }

    [TestCase("/Judge.v1.Problems/GetProblem")]
    [TestCase("/JUDGE.V1.PROBLEMS/GetProblem")]
    [TestCase("/judge.v1.problems/getproblem")]
    public void A_path_in_another_case_reaches_no_service_without_its_key(string path)
    {
        var slash = path.LastIndexOf('/');
        var method = new Method<GetProblemRequest, Problem>(MethodType.Unary, path[1..slash], path[(slash + 1)..],
            Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), GetProblemRequest.Parser.ParseFrom),
            Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), Problem.Parser.ParseFrom));
        var request = new GetProblemRequest { Id = "access" };

        var anonymous = Assert.ThrowsAsync<RpcException>(async () => await _judge.WithKey(null).AsyncUnaryCall(method, null, new CallOptions(), request));
        var submitter = Assert.ThrowsAsync<RpcException>(async () => await _judge.WithKey(JudgeHarness.SubmitterKey).AsyncUnaryCall(method, null, new CallOptions(), request));

        Assert.Multiple(() =>
        {
            Assert.That(anonymous!.StatusCode, Is.AnyOf(StatusCode.Unauthenticated, StatusCode.Unimplemented));
            Assert.That(submitter!.StatusCode, Is.AnyOf(StatusCode.PermissionDenied, StatusCode.Unimplemented));
        });
    }
}
