using Google.Protobuf;
using Grpc.Core;
using Judge.Api.Uploads;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.IntegrationTests;

/// <summary>
/// The self-check at upload through the real API, Redis and worker: a version with solutions becomes current only
/// when each solution got its declared verdict on it; otherwise it is refused, saying which solution, test and why,
/// its keys are deleted and the previous version stays current and judged against.
/// </summary>
[NonParallelizable]
public class SelfCheckTests
{
    private const string Sum = "a, b = map(int, input().split())\nprint(a + b)\n";
    private const string Difference = "#include <iostream>\nint main() { long long a, b; std::cin >> a >> b; std::cout << a - b << \"\\n\"; }\n";
    private const string Spin = "while True:\n    pass\n";
    private const string Syntax = "int main( {\n";

    private static readonly ProblemTest[] SumTests =
        [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("3 4\n", "7\n"), ProblemTest.Text("10 20\n", "30\n")];

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _judge = await JudgeHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static Solution Solution(string file, string language, string source, Verdict expected, bool reference = false) => new()
    {
        Name = $"solutions/{file}",
        Language = language,
        Source = ByteString.CopyFromUtf8(source),
        ExpectedVerdict = expected,
        Reference = reference,
    };

    [Test]
    public async Task A_version_whose_solutions_all_get_their_declared_verdicts_becomes_current()
    {
        var response = await _judge.Problems.PutAsync("checked", SumTests, h => h.Solutions.Add(
        [
            Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true),
            Solution("difference.cpp", "cpp", Difference, Verdict.WrongAnswer),
            Solution("spin.py", "python", Spin, Verdict.TimeLimitExceeded),
            Solution("syntax.cpp", "cpp", Syntax, Verdict.CompilationError),
        ]), timeLimitMs: 500);

        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "checked" });
        var redis = await _judge.RedisAsync();
        var selfChecks = new List<string>();
        await foreach (var key in ServerKeysAsync("submission:" + new string('?', 32)))
        {
            var fields = await redis.HashGetAsync(key, ["owner", "state"]);
            if ((string?)fields[0] == SelfCheck.Owner && Submission.Parser.ParseFrom((byte[])fields[1]!).ProblemId == "checked")
            {
                selfChecks.Add(key[(key.LastIndexOf(':') + 1)..]);
            }
        }
        Assert.Multiple(async () =>
        {
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(response.Checks.Select(c => (c.Name, c.Verdict, c.Passed)), Is.EqualTo(new[]
            {
                ("solutions/sum.py", Verdict.Accepted, true), ("solutions/difference.cpp", Verdict.WrongAnswer, true),
                ("solutions/spin.py", Verdict.TimeLimitExceeded, true), ("solutions/syntax.cpp", Verdict.CompilationError, true),
            }), response.ToString());
            Assert.That(response.Checks[1].Detail, Does.StartWith("WRONG_ANSWER on test 0"));
            Assert.That(response.Checks[0].Score, Is.EqualTo(3));
            Assert.That(problem.Version, Is.EqualTo(1), "the checked version is current");
            Assert.That(problem.HasReference, Is.True);
            Assert.That(await redis.KeyExistsAsync(_judge.KeyPrefix + "problem:checked:v1:pending"), Is.False, "no longer pending");
            Assert.That((await redis.KeyTimeToLiveAsync(_judge.KeyPrefix + "problem:checked:v1")).HasValue, Is.False, "the record is permanent");
            Assert.That((await redis.KeyTimeToLiveAsync(_judge.KeyPrefix + "problem:checked:v1:t2:out")).HasValue, Is.False, "the test data is permanent");
            Assert.That(selfChecks, Has.Count.EqualTo(4), "one internal submission per solution");
            foreach (var id in selfChecks)
            {
                var hidden = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = id }));
                Assert.That(hidden!.StatusCode, Is.EqualTo(StatusCode.NotFound), "no API key's caller sees the self-check's submissions");
            }
        });
    }

    [Test]
    public async Task A_reference_that_is_not_accepted_is_refused_with_the_test_and_why_and_the_previous_version_stays_current()
    {
        await _judge.Problems.PutAsync("reference", SumTests);
        // The author's mistake: test 2's expected output is wrong, so the reference fails it.
        ProblemTest[] mistaken = [.. SumTests[..2], ProblemTest.Text("10 20\n", "31\n")];

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.PutAsync("reference", mistaken,
            h => h.Solutions.Add(Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true))));

        var current = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "reference" });
        var judged = await _judge.Judge.JudgeAsync("reference", "python", Sum);
        var report = PutProblemResponse.Parser.ParseFrom(refused!.Trailers.GetValueBytes(SelfCheck.ReportTrailer));
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(refused.Status.Detail, Is.EqualTo("solutions[solutions/sum.py] expected ACCEPTED but got WRONG_ANSWER on test 2"));
            Assert.That(report.Version, Is.EqualTo(2));
            Assert.That(report.Checks.Single().Passed, Is.False);
            Assert.That(current.Version, Is.EqualTo(1), "the previous version stays current");
            Assert.That(judged.ProblemVersion, Is.EqualTo(1), "submissions are judged against it");
            Assert.That(judged.Verdict, Is.EqualTo(Verdict.Accepted), judged.ToString());
            Assert.That(await _judge.CountKeysAsync("problem:reference:v2*"), Is.Zero, "the refused version is deleted");
            Assert.That(await _judge.CountKeysAsync("problem:reference:v1*"), Is.EqualTo(1 + 2 * SumTests.Length), "the current one is whole");
        });
    }

    [Test]
    public async Task A_version_whose_checker_does_not_compile_is_refused_and_the_previous_version_stays_current()
    {
        await _judge.Problems.PutAsync("broken-checker", SumTests);
        SourceFile Checker(string name) => new()
        {
            Name = name,
            Content = ByteString.CopyFrom(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Checkers", name))),
        };

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.PutAsync("broken-checker", SumTests, h =>
        {
            h.Checker = Contracts.V1.Checker.Testlib;
            h.CheckerSettings = new CheckerSettings { MainFile = "broken_syntax.cpp", Files = { Checker("broken_syntax.cpp"), Checker("testlib.h") } };
            h.Solutions.Add(Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true));
        }));

        var current = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "broken-checker" });
        Assert.Multiple(async () =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Does.StartWith("checker_settings: the checker does not compile:"));
            Assert.That(current.Version, Is.EqualTo(1), "the previous version stays current");
            Assert.That(await _judge.CountKeysAsync("problem:broken-checker:v2*"), Is.Zero, "the refused version is deleted");
        });
    }

    [Test]
    public async Task A_solution_that_does_not_get_its_declared_verdict_is_refused_naming_it()
    {
        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.PutAsync("mismatch", SumTests, h => h.Solutions.Add(
        [
            Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true),
            Solution("slow.py", "python", Sum, Verdict.TimeLimitExceeded),
        ])));

        var missing = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "mismatch" }));
        Assert.Multiple(async () =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(refused.Status.Detail, Is.EqualTo("solutions[solutions/slow.py] expected TIME_LIMIT_EXCEEDED but got ACCEPTED on every test"));
            Assert.That(missing!.StatusCode, Is.EqualTo(StatusCode.NotFound), "no version became current");
            Assert.That(await _judge.CountKeysAsync("problem:mismatch:v1*"), Is.Zero, "the refused version is deleted");
        });
    }

    [Test]
    public async Task A_solution_in_a_language_no_worker_serves_is_refused_before_anything_is_queued()
    {
        var submissionsBefore = await _judge.CountKeysAsync("submission:*");

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Problems.PutAsync("unserved", SumTests, h => h.Solutions.Add(
        [
            Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true),
            Solution("sum.cob", "cobol", "DISPLAY 3.", Verdict.Accepted),
        ])));

        Assert.Multiple(async () =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(refused.Status.Detail, Does.StartWith("solutions[solutions/sum.cob]: no worker serves language 'cobol' (served: cpp, "));
            Assert.That(await _judge.CountKeysAsync("submission:*"), Is.EqualTo(submissionsBefore), "nothing queued");
            Assert.That(await _judge.CountKeysAsync("problem:unserved:*"), Is.Zero, "nothing committed");
            Assert.That(await _judge.CountKeysAsync("staging:*"), Is.Zero, "nothing staged");
        });
    }

    [Test]
    public async Task A_problem_without_solutions_is_current_at_once_without_any_worker_and_its_test_data_never_expires()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0);

        var response = await judge.Problems.PutAsync("plain", SumTests);

        var problem = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "plain" });
        var redis = await judge.RedisAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(response.Checks, Is.Empty);
            Assert.That(problem.Version, Is.EqualTo(1));
            Assert.That(await judge.QueuedJobsAsync(), Is.Zero, "nothing judged");
            // The staged keys expire after an hour and RENAME keeps that: committed data must not.
            for (var i = 0; i < SumTests.Length; i++)
            {
                foreach (var part in new[] { "in", "out" })
                {
                    Assert.That((await redis.KeyTimeToLiveAsync($"{judge.KeyPrefix}problem:plain:v1:t{i}:{part}")).HasValue, Is.False, $"test {i} {part} expires");
                }
            }
        });
    }

    [Test]
    public async Task A_self_check_that_does_not_finish_in_time_is_aborted_and_the_version_deleted()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?> { ["Api:SelfCheckTimeout"] = "00:00:01" });
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("slow-check", SumTests);

        var refused = Assert.ThrowsAsync<RpcException>(async () => await judge.Problems.PutAsync("slow-check", SumTests,
            h => h.Solutions.Add(Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true))));

        var current = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "slow-check" });
        var report = PutProblemResponse.Parser.ParseFrom(refused!.Trailers.GetValueBytes(SelfCheck.ReportTrailer));
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.Aborted));
            Assert.That(refused.Status.Detail, Does.StartWith("the self-check did not finish within 00:00:01 (Api:SelfCheckTimeout): 0 of 1 solutions judged; version 2 refused"));
            Assert.That(report.Checks.Single().Verdict, Is.EqualTo(Verdict.Unspecified));
            Assert.That(current.Version, Is.EqualTo(1));
            Assert.That(await judge.CountKeysAsync("problem:slow-check:v2*"), Is.Zero, "the refused version is deleted");
        });
    }

    [Test]
    public async Task Racing_versions_the_one_committed_last_wins_and_a_version_once_current_is_never_deleted()
    {
        var store = _judge.ApiServices.GetRequiredService<ProblemStore>();
        var header = ProblemUploads.Header("racing", [ProblemTest.Text("1\n", "1\n")]);
        async Task<uint> CommitPendingAsync()
        {
            var upload = Guid.NewGuid().ToString("N");
            await store.WriteStagingAsync(upload, 0, TestDataPart.Input, 0, "1\n"u8.ToArray(), CancellationToken.None);
            await store.WriteStagingAsync(upload, 0, TestDataPart.ExpectedOutput, 0, "1\n"u8.ToArray(), CancellationToken.None);
            return await store.CommitPendingAsync(upload, header, TimeSpan.FromMinutes(1), CancellationToken.None);
        }
        var first = await CommitPendingAsync();
        var second = await CommitPendingAsync();

        var secondPromoted = await store.PromoteAsync("racing", second, 1, CancellationToken.None);
        var firstPromoted = await store.PromoteAsync("racing", first, 1, CancellationToken.None);
        var firstDeleted = await store.DeletePendingAsync("racing", first, 1, CancellationToken.None);
        var secondAgain = await store.PromoteAsync("racing", second, 1, CancellationToken.None);
        var secondDeleted = await store.DeletePendingAsync("racing", second, 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That((first, second), Is.EqualTo((1u, 2u)));
            Assert.That(secondPromoted, Is.EqualTo(new ProblemStore.PromoteResult(ProblemStore.PromoteOutcome.Promoted, 2)));
            Assert.That(firstPromoted, Is.EqualTo(new ProblemStore.PromoteResult(ProblemStore.PromoteOutcome.Superseded, 2)), "the older version loses");
            Assert.That(firstDeleted, Is.True);
            Assert.That(secondAgain.Outcome, Is.EqualTo(ProblemStore.PromoteOutcome.Promoted), "promoting again (a retry) answers the same");
            Assert.That(secondDeleted, Is.False, "a version once current is never deleted");
            Assert.That((await store.FindAsync("racing", 0, CancellationToken.None))!.Version, Is.EqualTo(2));
            Assert.That(await store.FindAsync("racing", 1, CancellationToken.None), Is.Null);
            Assert.That(await store.GetTestDataAsync("racing", 2, 0, TestDataPart.Input, CancellationToken.None), Is.EqualTo("1\n"u8.ToArray()));
        });
    }

    [Test]
    public void A_checker_that_does_not_compile_is_refused_as_an_invalid_checker_before_any_verdict()
    {
        var reference = Solution("sum.py", "python", Sum, Verdict.Accepted, reference: true);
        var wrong = Solution("wrong.py", "python", Sum, Verdict.WrongAnswer);
        var brokenChecker = new Submission { Verdict = Verdict.InternalError, Message = "the checker does not compile: check.cpp:3:1: error: expected ';'" };
        var accepted = new Submission { Verdict = Verdict.Accepted };

        var refusal = SolutionChecks.Refusal([(wrong, accepted), (reference, brokenChecker)]);

        Assert.Multiple(() =>
        {
            Assert.That(refusal!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refusal.Status.Detail, Is.EqualTo("checker_settings: the checker does not compile: check.cpp:3:1: error: expected ';'"));
        });
    }

    private async IAsyncEnumerable<string> ServerKeysAsync(string pattern)
    {
        var redis = await _judge.RedisAsync();
        await foreach (var key in redis.Multiplexer.GetServers()[0].KeysAsync(pattern: _judge.KeyPrefix + pattern))
        {
            yield return key!;
        }
    }
}
