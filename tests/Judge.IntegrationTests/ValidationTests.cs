using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Judge.IntegrationTests;

/// <summary>
/// Every validation rule through the real API and Redis, with no worker running so the job stream
/// can be inspected: a bad request gets a precise status and message, and nothing is stored or queued.
/// </summary>
[NonParallelizable]
public class ValidationTests
{
    private JudgeHarness _judge = null!;
    private IDatabase _redis = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0);
        _redis = await _judge.RedisAsync();
        var languages = _judge.ApiServices.GetRequiredService<LanguageRegistry>();
        await languages.RegisterAsync(new Language { Id = "cpp", DisplayName = "C++" }, CancellationToken.None);
        await languages.RegisterAsync(new Language { Id = "python", DisplayName = "Python" }, CancellationToken.None);
        await _judge.Problems.PutAsync("p1", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        await _judge.Problems.PutAsync("hidden-only", [ProblemTest.Text("1 2\n", "3\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private Task<long> QueuedJobsAsync() => _redis.StreamLengthAsync(_judge.KeyPrefix + "jobs");

    private static SubmitRequest Valid() => SubmissionCalls.Request("p1", "cpp", "int main() {}");

    public static IEnumerable<TestCaseData> BadSubmissions()
    {
        yield return Case(r => { r.ProblemId = ""; return r; }, StatusCode.InvalidArgument, "problem_id is required", "empty problem id");
        yield return Case(r => { r.ProblemId = "../etc"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "malformed problem id");
        yield return Case(r => { r.ProblemId = new string('a', 65); return r; }, StatusCode.InvalidArgument, "problem_id must be", "too long problem id");
        yield return Case(r => { r.Language = ""; return r; }, StatusCode.InvalidArgument, "language is required", "empty language");
        yield return Case(r => { r.Language = "C++ 17"; return r; }, StatusCode.InvalidArgument, "language must be a language id", "malformed language");
        yield return Case(r => { r.Language = "cobol"; return r; }, StatusCode.InvalidArgument, "unknown language 'cobol'; available: cpp, python", "unknown language");
        yield return Case(r => { r.ProblemId = "nope"; return r; }, StatusCode.NotFound, "problem 'nope' does not exist", "missing problem");
        yield return Case(r => { r.Source = ByteString.Empty; return r; }, StatusCode.InvalidArgument, "source is empty", "empty source");
        yield return Case(r => { r.Source = ByteString.CopyFromUtf8(" \n\t "); return r; }, StatusCode.InvalidArgument, "source is empty", "blank source");
        yield return Case(r => { r.Source = ByteString.CopyFrom(new byte[65537]); return r; }, StatusCode.InvalidArgument, "source is 65537 bytes; the limit is 65536 bytes", "oversized source");
        yield return Case(r => { r.Source = ByteString.CopyFrom(0x69, 0x6e, 0xff, 0xfe); return r; }, StatusCode.InvalidArgument, "source is not valid UTF-8", "invalid UTF-8");
        yield return Case(r => { r.Mode = (SubmitMode)99; return r; }, StatusCode.InvalidArgument, "mode 99 is not a known mode", "unknown mode");
        yield return Case(r => { r.IdempotencyKey = "has space"; return r; }, StatusCode.InvalidArgument, "idempotency_key must be", "malformed idempotency key");
        yield return Case(r => { r.ProblemId = "hidden-only"; r.Mode = SubmitMode.Run; return r; }, StatusCode.FailedPrecondition, "no sample tests", "RUN without samples");
    }

    private static TestCaseData Case(
        Func<SubmitRequest, SubmitRequest> change, StatusCode status, string message, string name) =>
        new TestCaseData(change, status, message).SetName($"Submit rejects {name}");

    [TestCaseSource(nameof(BadSubmissions))]
    public async Task Submit_rejects_bad_input_and_queues_nothing(Func<SubmitRequest, SubmitRequest> change, StatusCode status, string message)
    {
        var before = await QueuedJobsAsync();
        var error = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(change(Valid())));
        Assert.Multiple(async () =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.Status.Detail, Does.Contain(message));
            Assert.That(await QueuedJobsAsync(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_valid_submission_is_queued_once_even_when_retried_with_its_idempotency_key()
    {
        var before = await QueuedJobsAsync();
        var request = Valid();
        request.IdempotencyKey = $"key-{Guid.NewGuid():N}";
        var first = await _judge.Judge.SubmitAsync(request);
        var again = await _judge.Judge.SubmitAsync(request);
        var state = await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = first.SubmissionId });
        Assert.Multiple(async () =>
        {
            Assert.That(first.Duplicate, Is.False);
            Assert.That(again.SubmissionId, Is.EqualTo(first.SubmissionId));
            Assert.That(again.Duplicate, Is.True);
            Assert.That(await QueuedJobsAsync(), Is.EqualTo(before + 1));
            Assert.That(state.Status, Is.EqualTo(SubmissionStatus.Queued));
            Assert.That(state.ProblemVersion, Is.EqualTo(first.ProblemVersion));
        });
    }

    public static IEnumerable<TestCaseData> BadHeaders()
    {
        yield return Header(h => { h.Id = ""; return h; }, "id is required", "empty id");
        yield return Header(h => { h.Id = "a/b"; return h; }, "id must be", "malformed id");
        yield return Header(h => { h.Title = " "; return h; }, "title must be", "blank title");
        yield return Header(h => { h.Title = new string('t', 201); return h; }, "title must be", "too long title");
        yield return Header(h => { h.TimeLimitMs = 0; return h; }, "time_limit_ms is 0; it must be between 50 and 30000", "zero time limit");
        yield return Header(h => { h.TimeLimitMs = 3_600_000; return h; }, "time_limit_ms is 3600000", "absurd time limit");
        yield return Header(h => { h.MemoryLimitMib = 1; return h; }, "memory_limit_mib is 1; it must be between 16 and 2048", "tiny memory limit");
        yield return Header(h => { h.MemoryLimitMib = 1 << 20; return h; }, "memory_limit_mib is 1048576", "absurd memory limit");
        yield return Header(h => { h.Checker = (Checker)42; return h; }, "checker 42 is not a known checker", "unknown checker");
        yield return Header(h => { h.Tests.Clear(); return h; }, "a problem has 1-1000 tests; this one has 0", "no tests");
        yield return Header(h =>
        {
            h.Tests.Clear();
            h.Tests.Add(Enumerable.Range(0, 1001).Select(_ => new TestCaseHeader { InputSize = 1, ExpectedOutputSize = 1 }));
            return h;
        }, "this one has 1001", "too many tests");
        yield return Header(h => { h.Tests[0].InputSize = 65L << 20; return h; }, "over the limit of 67108864 bytes", "oversized test");
        yield return Header(h => { h.Tests[0].Sample = true; h.Tests[0].InputSize = 2 << 20; return h; }, "samples are at most 1048576 bytes", "oversized sample");
        yield return Header(h =>
        {
            h.Tests.Clear();
            h.Tests.Add(Enumerable.Range(0, 5).Select(_ => new TestCaseHeader { InputSize = 60 << 20, ExpectedOutputSize = 1 }));
            return h;
        }, "a problem holds at most 268435456 bytes", "oversized problem");
    }

    private static TestCaseData Header(Func<ProblemHeader, ProblemHeader> change, string message, string name) =>
        new TestCaseData(change, message).SetName($"PutProblem rejects {name}");

    [TestCaseSource(nameof(BadHeaders))]
    public async Task Put_problem_rejects_a_bad_header_and_stores_nothing(Func<ProblemHeader, ProblemHeader> change, string message)
    {
        var header = change(ProblemUploads.Header("bad-header", [ProblemTest.Text("1\n", "1\n")]));
        var error = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.SendAsync([new PutProblemRequest { Header = header }]));
        Assert.Multiple(async () =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain(message));
            await AssertNothingStoredAsync(header.Id);
        });
    }

    public static IEnumerable<TestCaseData> BadStreams()
    {
        yield return Stream(m => m.Skip(1).ToList(), "the first message of PutProblem must be the header", "missing header");
        yield return Stream(m => [m[0], m[0], .. m.Skip(1)], "only the first message of PutProblem may be a header", "second header");
        yield return Stream(m => { m[1].Chunk.TestIndex = 7; return m; }, "chunk for test 7, but the header declares 1 tests", "chunk for a missing test");
        yield return Stream(m => { m[1].Chunk.Part = TestDataPart.Unspecified; return m; }, "has no part", "chunk without part");
        yield return Stream(m => [.. m, m[1]], "test 0 input: more data than the 4 bytes the header declares", "too much data");
        yield return Stream(m => m.Take(2).ToList(), "test 0 expected output: received 0 of the 2 bytes the header declares", "missing data");
    }

    private static TestCaseData Stream(
        Func<List<PutProblemRequest>, List<PutProblemRequest>> change, string message, string name) =>
        new TestCaseData(change, message).SetName($"PutProblem rejects {name}");

    [TestCaseSource(nameof(BadStreams))]
    public async Task Put_problem_rejects_a_bad_stream_and_leaves_nothing_half_written(Func<List<PutProblemRequest>, List<PutProblemRequest>> change, string message)
    {
        var tests = new[] { ProblemTest.Text("1 2\n", "3\n") };
        var messages = change(ProblemUploads.Messages(ProblemUploads.Header("bad-stream", tests), tests).ToList());
        var error = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.SendAsync(messages));
        Assert.Multiple(async () =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain(message));
            await AssertNothingStoredAsync("bad-stream");
        });
    }

    private async Task AssertNothingStoredAsync(string problemId)
    {
        var lookup = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = problemId.Length > 0 ? problemId : "x" }));
        Assert.That(lookup!.StatusCode, Is.EqualTo(StatusCode.NotFound).Or.EqualTo(StatusCode.InvalidArgument));
        Assert.That(await _judge.CountKeysAsync("staging:*"), Is.EqualTo(0), "no staging keys left behind");
    }

    [TestCase("not-an-id", StatusCode.InvalidArgument)]
    [TestCase("0123456789abcdef0123456789abcdef", StatusCode.NotFound)]
    public void Get_and_watch_reject_unknown_submissions(string id, StatusCode status)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = id }).ResponseAsync,
                Throws.TypeOf<RpcException>().With.Property(nameof(RpcException.StatusCode)).EqualTo(status));
            Assert.That(async () => await _judge.Judge.WatchToEndAsync(id),
                Throws.TypeOf<RpcException>().With.Property(nameof(RpcException.StatusCode)).EqualTo(status));
        });
    }

    [Test]
    public void Get_problem_reports_a_missing_problem_or_version()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "nope" }).ResponseAsync,
                Throws.TypeOf<RpcException>().With.Property(nameof(RpcException.Status)).Property(nameof(Status.Detail)).EqualTo("problem 'nope' does not exist"));
            Assert.That(() => _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "p1", Version = 99 }).ResponseAsync,
                Throws.TypeOf<RpcException>().With.Property(nameof(RpcException.Status)).Property(nameof(Status.Detail)).EqualTo("problem 'p1' has no version 99"));
        });
    }

    [Test]
    public async Task Put_problem_again_makes_a_new_version_and_keeps_the_old_one()
    {
        var first = await _judge.Problems.PutAsync("versioned", [ProblemTest.Text("1\n", "1\n", sample: true)]);
        var second = await _judge.Problems.PutAsync("versioned", [ProblemTest.Text("2\n", "2\n", sample: true)]);
        var current = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "versioned" });
        var old = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "versioned", Version = first.Version });
        Assert.Multiple(() =>
        {
            Assert.That(second.Version, Is.EqualTo(first.Version + 1));
            Assert.That(current.Version, Is.EqualTo(second.Version));
            Assert.That(current.Samples[0].Input.ToStringUtf8(), Is.EqualTo("2\n"));
            Assert.That(old.Samples[0].Input.ToStringUtf8(), Is.EqualTo("1\n"));
        });
    }
}
