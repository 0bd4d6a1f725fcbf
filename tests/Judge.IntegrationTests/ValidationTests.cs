using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.IntegrationTests;

/// <summary>
/// Every validation rule through the real API and Redis, with no worker running so the job stream
/// can be inspected: a bad request gets a precise status and message, nothing is stored or queued,
/// nothing half-written stays in Redis, and the service goes on serving valid calls.
/// </summary>
[NonParallelizable]
public class ValidationTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0);
        await _judge.RegisterLanguagesAsync("cpp", "python");
        await _judge.Problems.PutAsync("p1", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        await _judge.Problems.PutAsync("hidden-only", [ProblemTest.Text("1 2\n", "3\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private Task<long> QueuedJobsAsync() => _judge.QueuedJobsAsync();

    /// <summary>
    /// Nothing half-written: no staging keys, and every submission is a state hash, an event stream
    /// and a queued job (no worker runs here); then a valid call still succeeds.
    /// </summary>
    private async Task AssertConsistentAndServingAsync()
    {
        Assert.That(await _judge.CountKeysAsync("staging:*"), Is.Zero, "staging keys left behind");
        var states = await _judge.CountKeysAsync("submission:" + new string('?', 32));
        Assert.That(await _judge.CountKeysAsync("submission:*:events"), Is.EqualTo(states), "event streams without a submission, or the reverse");
        Assert.That(await QueuedJobsAsync(), Is.EqualTo(states), "jobs without a submission, or the reverse");
        var served = await _judge.Judge.SubmitAsync(Valid());
        Assert.That(served.SubmissionId, Has.Length.EqualTo(32), "the service still serves a valid call");
    }

    private static SubmitRequest Valid() => SubmissionCalls.Request("p1", "cpp", "int main() {}");

    public static IEnumerable<TestCaseData> BadSubmissions()
    {
        yield return Case(r => { r.ProblemId = ""; return r; }, StatusCode.InvalidArgument, "problem_id is required", "empty problem id");
        yield return Case(r => { r.ProblemId = "../etc"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "malformed problem id");
        yield return Case(r => { r.CustomInput = ByteString.CopyFromUtf8("1 2\n"); r.Mode = SubmitMode.Submit; return r; },
            StatusCode.InvalidArgument, "custom_input is for mode RUN only", "custom input with SUBMIT");
        yield return Case(r => { r.CustomInput = ByteString.CopyFrom(new byte[(1 << 20) + 1]); r.Mode = SubmitMode.Run; return r; },
            StatusCode.InvalidArgument, "custom_input is 1048577 bytes; the limit is 1048576 bytes", "custom input over the cap");
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
        yield return Case(_ => new SubmitRequest(), StatusCode.InvalidArgument, "problem_id is required", "every field empty");
        yield return Case(r => { r.ProblemId = "p1:x"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "problem id with a colon");
        yield return Case(r => { r.ProblemId = "p*"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "problem id with a wildcard");
        yield return Case(r => { r.ProblemId = "prüfung"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "problem id with a non-ASCII letter");
        yield return Case(r => { r.ProblemId = "-p1"; return r; }, StatusCode.InvalidArgument, "problem_id must be", "problem id starting with a dash");
        yield return Case(r => { r.Language = "CPP"; return r; }, StatusCode.InvalidArgument, "language must be a language id", "upper-case language");
        yield return Case(r => { r.Language = new string('c', 33); return r; }, StatusCode.InvalidArgument, "language must be a language id", "too long language");
        yield return Case(r => { r.Source = ByteString.CopyFrom(0xc3, 0x28); return r; }, StatusCode.InvalidArgument, "source is not valid UTF-8", "a broken two-byte sequence");
        yield return Case(r => { r.Source = ByteString.CopyFrom(0xed, 0xa0, 0x80); return r; }, StatusCode.InvalidArgument, "source is not valid UTF-8", "an encoded surrogate");
        yield return Case(r => { r.Source = ByteString.CopyFrom(new byte[1 << 20]); return r; }, StatusCode.InvalidArgument, "source is 1048576 bytes; the limit is 65536 bytes", "a 1 MiB source");
        yield return Case(r => { r.Mode = (SubmitMode)(-1); return r; }, StatusCode.InvalidArgument, "mode -1 is not a known mode", "negative mode");
        yield return Case(r => { r.IdempotencyKey = new string('k', 129); return r; }, StatusCode.InvalidArgument, "idempotency_key must be", "too long idempotency key");
        yield return Case(r => { r.IdempotencyKey = "tab\tkey"; return r; }, StatusCode.InvalidArgument, "idempotency_key must be", "idempotency key with a control character");
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
        await AssertConsistentAndServingAsync();
    }

    [Test]
    public async Task A_10_MiB_source_is_refused_by_the_grpc_layer_and_the_service_keeps_serving()
    {
        var before = await QueuedJobsAsync();
        var request = Valid();
        request.Source = ByteString.CopyFrom(new byte[10 << 20]);
        var error = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(request));
        Assert.Multiple(async () =>
        {
            // Past the 2 MiB message cap the message is never read, so no handler can say more.
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.Status.Detail, Does.Contain("exceeds the maximum configured message size"));
            Assert.That(await QueuedJobsAsync(), Is.EqualTo(before));
        });
        await AssertConsistentAndServingAsync();
    }

    [Test]
    public async Task A_source_with_nul_bytes_is_valid_utf8_and_is_queued()
    {
        var request = Valid();
        request.Source = ByteString.CopyFromUtf8("int main() {}\0\0// é ✓");
        var submitted = await _judge.Judge.SubmitAsync(request);
        var stored = await _judge.ApiServices.GetRequiredService<SubmissionStore>().FindJobAsync(submitted.SubmissionId, CancellationToken.None);
        Assert.That(stored!.Source, Is.EqualTo(request.Source), "stored byte for byte");
        await AssertConsistentAndServingAsync();
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
        yield return Header(_ => new ProblemHeader(), "id is required", "every field empty");
        yield return Header(h => { h.Id = "a:b"; return h; }, "id must be", "id with a colon");
        yield return Header(h => { h.Id = "a b"; return h; }, "id must be", "id with a space");
        yield return Header(h => { h.Id = "ünï"; return h; }, "id must be", "id with non-ASCII letters");
        yield return Header(h => { h.Id = "_x"; return h; }, "id must be", "id starting with an underscore");
        yield return Header(h => { h.Id = new string('a', 65); return h; }, "id must be", "too long id");
        yield return Header(h => { h.TimeLimitMs = uint.MaxValue; return h; }, $"time_limit_ms is {uint.MaxValue}", "largest time limit");
        yield return Header(h => { h.MemoryLimitMib = 0; return h; }, "memory_limit_mib is 0", "zero memory limit");
        yield return Header(h => { h.MemoryLimitMib = uint.MaxValue; return h; }, $"memory_limit_mib is {uint.MaxValue}", "largest memory limit");
        yield return Header(h => { h.Checker = (Checker)(-1); return h; }, "checker -1 is not a known checker", "negative checker");
        yield return Header(h => { h.Tests[0].Points = uint.MaxValue; return h; }, "points must be at most 1000000", "absurd points");
        yield return Header(h => { h.Tests[0].InputSize = ulong.MaxValue; return h; }, $"test 0: {ulong.MaxValue} bytes is over the limit", "largest test size");
        yield return Header(h =>
        {
            h.Tests.Clear();
            h.Tests.Add(Enumerable.Range(0, 10_000).Select(_ => new TestCaseHeader { InputSize = 1, ExpectedOutputSize = 1 }));
            return h;
        }, "a problem has 1-1000 tests; this one has 10000", "10,000 tests");
        yield return Header(h => { h.Statement = new string('s', 64 * 1024 + 1); return h; }, "statement is over 65536 bytes", "too long statement");
        yield return Header(h => { h.Checker = Checker.Floats; h.CheckerSettings = new CheckerSettings { AbsoluteTolerance = -1e-6 }; return h; },
            "checker_settings.absolute_tolerance is -1E-06; it must be a finite number >= 0", "negative tolerance");
        yield return Header(h => { h.Checker = Checker.Floats; h.CheckerSettings = new CheckerSettings { RelativeTolerance = double.NaN }; return h; },
            "checker_settings.relative_tolerance is NaN", "NaN tolerance");
        yield return Header(h => { h.Checker = Checker.Testlib; return h; }, "checker_settings.files: a Testlib checker needs its source files", "testlib checker without files");
        yield return Header(h =>
        {
            h.Checker = Checker.Testlib;
            h.CheckerSettings = new CheckerSettings { MainFile = "check.cpp", Files = { new SourceFile { Name = "other.cpp" } } };
            h.Solutions.Add(new Solution { Name = "ref", Language = "cpp", Source = ByteString.CopyFromUtf8("x"), ExpectedVerdict = Verdict.Accepted, Reference = true });
            return h;
        }, "checker_settings.main_file 'check.cpp' is not one of checker_settings.files", "checker main file missing");
        yield return Header(h =>
        {
            h.Checker = Checker.Testlib;
            h.CheckerSettings = new CheckerSettings { MainFile = "../check.cpp", Files = { new SourceFile { Name = "../check.cpp" } } };
            return h;
        }, "'../check.cpp' is not a plain file name", "checker file with a path");
        yield return Header(h =>
        {
            h.Checker = Checker.Testlib;
            h.CheckerSettings = new CheckerSettings { MainFile = "check.cpp", Files = { new SourceFile { Name = "check.cpp" } } };
            return h;
        }, "mark one solution as the reference", "program checker without a reference solution");
        yield return Header(h => { h.CheckerSettings = new CheckerSettings { MainFile = "x", Files = { new SourceFile { Name = "x" } } }; return h; },
            "checker_settings.files are for TESTLIB and CSHARP_SCRIPT checkers", "files for a built-in checker");
        yield return Header(h => { h.Interactor = new InteractorSettings { MainFile = "interactor.cpp" }; return h; },
            "interactor.files: an interactor needs its source files", "interactor without files");
        yield return Header(h =>
        {
            h.Interactor = new InteractorSettings { MainFile = "interactor.cpp", Files = { new SourceFile { Name = "other.cpp" } } };
            return h;
        }, "interactor.main_file 'interactor.cpp' is not one of interactor.files", "interactor main file missing");
        yield return Header(h =>
        {
            h.Interactor = new InteractorSettings { MainFile = "interactor.cpp", Files = { new SourceFile { Name = "interactor.cpp" } } };
            return h;
        }, "solutions: an interactor is verified by judging the reference solution with it", "interactor without a reference solution");
        yield return Header(h =>
        {
            h.Interactor = new InteractorSettings { MainFile = "interactor.cpp", Files = { new SourceFile { Name = "interactor.cpp" } } };
            h.Signature = new Signature { FunctionName = "f", ReturnType = "int" };
            return h;
        }, "interactor: a function-style problem (one with a signature) cannot be interactive", "interactor with a signature");
        yield return Header(h => { h.Scoring = Scoring.Groups; return h; }, "groups: scoring GROUPS needs at least one group", "groups scoring without groups");
        yield return Header(h => { h.Groups.Add(new TestGroup { Name = "g", Tests = { 5 } }); return h; },
            "groups[g].tests refers to test 5, but the problem has 1 tests", "group with a missing test");
        yield return Header(h => { h.Groups.Add(new TestGroup { Name = "g", Tests = { 0 }, DependsOn = { "later" } }); return h; },
            "groups[g].depends_on names 'later', which is not an earlier group", "group depending on a missing group");
        yield return Header(h => { h.Groups.Add(new TestGroup { Name = "a", Tests = { 0 } }); h.Groups.Add(new TestGroup { Name = "b", Tests = { 0 } }); return h; },
            "groups[b].tests: test 0 is already in group 'a'", "test in two groups");
        yield return Header(h => { h.Groups.Add(new TestGroup { Name = "bad name", Tests = { 0 } }); return h; }, "groups: name 'bad name'", "malformed group name");
        yield return Header(h => { h.Groups.Add(new TestGroup { Name = "g" }); return h; }, "groups[g].tests is empty", "empty group");
        yield return Header(h => { h.LanguageLimits.Add(new LanguageLimits { Language = "python", TimeMultiplier = 0 }); return h; },
            "language_limits[python].time_multiplier is 0; it must be > 0", "time multiplier of 0");
        yield return Header(h => { h.LanguageLimits.Add(new LanguageLimits { Language = "python", MemoryAllowanceMib = 1 << 20 }); return h; },
            "language_limits[python].memory_allowance_mib is 1048576", "absurd memory allowance");
        yield return Header(h => { h.LanguageLimits.Add(new LanguageLimits { Language = "Py thon" }); return h; }, "language_limits: 'Py thon' is not a language id", "malformed language in limits");
        yield return Header(h =>
        {
            h.Solutions.Add(new Solution { Name = "wrong-ref", Language = "cpp", Source = ByteString.CopyFromUtf8("x"), ExpectedVerdict = Verdict.WrongAnswer, Reference = true });
            return h;
        }, "solutions[wrong-ref]: the reference solution must expect ACCEPTED", "reference not expecting accepted");
        yield return Header(h =>
        {
            h.Solutions.Add(new Solution { Name = "empty", Language = "cpp", ExpectedVerdict = Verdict.Accepted });
            return h;
        }, "solutions[empty].source must be 1-65536 bytes", "solution without source");
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
        await AssertConsistentAndServingAsync();
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
        await AssertConsistentAndServingAsync();
    }

    private async Task AssertNothingStoredAsync(string problemId)
    {
        var lookup = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = problemId.Length > 0 ? problemId : "x" }));
        Assert.That(lookup!.StatusCode, Is.EqualTo(StatusCode.NotFound).Or.EqualTo(StatusCode.InvalidArgument));
        Assert.That(await _judge.CountKeysAsync("staging:*"), Is.EqualTo(0), "no staging keys left behind");
    }

    [TestCase("", StatusCode.InvalidArgument)]
    [TestCase("not-an-id", StatusCode.InvalidArgument)]
    [TestCase("0123456789ABCDEF0123456789ABCDEF", StatusCode.InvalidArgument)]
    [TestCase("0123456789abcdef0123456789abcdef:events", StatusCode.InvalidArgument)]
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

    [TestCase("")]
    [TestCase("a:b")]
    [TestCase("p1*")]
    [TestCase("../p1")]
    public void Get_problem_rejects_a_malformed_id(string id)
    {
        Assert.That(() => _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = id }).ResponseAsync,
            Throws.TypeOf<RpcException>().With.Property(nameof(RpcException.StatusCode)).EqualTo(StatusCode.InvalidArgument));
    }

    [Test]
    public async Task Racing_uploads_of_one_id_become_consecutive_whole_versions()
    {
        const int uploads = 4;
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, uploads).Select(async i =>
        {
            await start.WaitAsync();
            var tests = new[] { ProblemTest.Text($"upload {i}\n", $"{i}\n", sample: true), ProblemTest.Text(new string('x', 100_000 + i), "x\n") };
            return (Upload: i, Response: await _judge.Problems.PutAsync("raced", tests));
        }).ToList();
        start.Release(uploads);
        var results = await Task.WhenAll(calls);

        var versions = results.Select(r => r.Response.Version).Order().ToList();
        Assert.That(versions, Is.EqualTo(Enumerable.Range((int)versions[0], uploads).Select(v => (uint)v)), "consecutive versions");
        foreach (var (upload, response) in results)
        {
            var stored = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "raced", Version = response.Version });
            Assert.That(stored.Samples.Single().Input.ToStringUtf8(), Is.EqualTo($"upload {upload}\n"), "each version holds its own upload's data");
            Assert.That(stored.TestCount, Is.EqualTo(2));
        }
        var current = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "raced" });
        Assert.That(current.Version, Is.EqualTo(versions[^1]));
        await AssertConsistentAndServingAsync();
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
