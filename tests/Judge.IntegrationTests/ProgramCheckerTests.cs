using Grpc.Core;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Google.Protobuf;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Program checkers through the real API and worker: testlib-compatible C++ checkers (compiled with the tests' own
/// small testlib.h, Checkers/) and C# scripts, each compiled once per problem version in a sandbox of its own and run
/// there on every test with the input, the program's output and the expected output as files. Candidates are Python.
/// </summary>
[NonParallelizable]
public class ProgramCheckerTests
{
    // Prints two positive integers that sum to n, in three different ways.
    private const string OneAndRest = "n = int(input())\nprint(1, n - 1)\n";
    private const string RestAndOne = "n = int(input())\nprint(n - 1, 1)\n";
    private const string Halves = "n = int(input())\nprint(n // 2, n - n // 2)\n";
    private const string ZeroAndAll = "n = int(input())\nprint(0, n)\n";
    private const string Words = "input()\nprint('one nine')\n";

    private const string WorkerName = "checker-tests-worker";

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0, captureLogs: true);
        await _judge.StartWorkerAsync(WorkerName);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static ProblemTest Summands(long n, string expected, bool sample = false, uint points = 1) =>
        ProblemTest.Text($"{n}\n", expected, sample, points);

    private static readonly ProblemTest[] SummandTests =
    [
        Summands(10, "1 9\n", sample: true),
        Summands(5, "2 3\n"),
        Summands(1_000_000, "500000 500000\n"),
    ];

    [Test]
    public async Task A_testlib_checker_accepts_every_valid_answer_and_explains_a_wrong_one_on_the_sample_compiled_once()
    {
        await PutTestlibAsync("summands", SummandTests, "two_positive_summands.cpp");

        var results = new List<Submission>();
        foreach (var program in new[] { OneAndRest, RestAndOne, Halves, ZeroAndAll })
        {
            results.Add(await _judge.Judge.JudgeAsync("summands", "python", program));
        }

        var wrong = results[3];
        Assert.Multiple(() =>
        {
            Assert.That(results.Take(3).Select(r => r.Verdict), Is.All.EqualTo(Verdict.Accepted), string.Join("\n", results));
            Assert.That(results[0].Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("10 = 1 + 9"));
            Assert.That(wrong.Verdict, Is.EqualTo(Verdict.WrongAnswer), wrong.ToString());
            Assert.That(wrong.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("both numbers must be positive, got 0 and 10"));
            Assert.That(wrong.Tests.Where(t => !t.Sample).Select(t => t.CheckerMessage), Is.All.Empty, "hidden tests show no message");
            Assert.That(CompileLogs("two_positive_summands.cpp", "summands"), Is.EqualTo(1), "compiled once for the version, then kept warm");
            Assert.That(results[0].Tests.Select(t => t.CheckerTimeMs), Is.All.GreaterThan(0),
                "each test reports the checker's time (a process started in its sandbox takes well over half a millisecond)");
        });
    }

    [Test]
    public async Task Submissions_judged_at_once_share_one_compile_and_one_checker_sandbox()
    {
        await PutTestlibAsync("summands-concurrent", SummandTests, "two_positive_summands.cpp");

        var results = await Task.WhenAll(new[] { OneAndRest, ZeroAndAll, RestAndOne, Halves }
            .Select(program => _judge.Judge.JudgeAsync("summands-concurrent", "python", program)));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Verdict), Is.EqualTo(new[] { Verdict.Accepted, Verdict.WrongAnswer, Verdict.Accepted, Verdict.Accepted }),
                string.Join("\n", results.Select(r => r.ToString())));
            Assert.That(results.Select(r => r.Tests.Single(t => t.Index == 0).CheckerMessage),
                Is.EqualTo(new[] { "10 = 1 + 9", "both numbers must be positive, got 0 and 10", "10 = 9 + 1", "10 = 5 + 5" }), "each check saw its own output");
            Assert.That(CompileLogs("two_positive_summands.cpp", "summands-concurrent"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_presentation_error_is_a_wrong_answer_with_the_checkers_message()
    {
        await PutTestlibAsync("summands-format", SummandTests, "two_positive_summands.cpp");

        var result = await _judge.Judge.JudgeAsync("summands-format", "python", Words);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(result.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("Expected integer, but \"one\" found"));
        });
    }

    [Test]
    public async Task A_checker_failure_is_an_internal_error_that_names_the_checker_and_never_shows_hidden_data()
    {
        // The checker gives up (exit code 3) on some outputs, quoting the expected output: on test 1 (a sample) and test 2 (hidden).
        var tests = new[] { Summands(10, "1 9\n", sample: true), Summands(11, "oops\n", sample: true), Summands(7, "secret-answer\n") };
        await PutTestlibAsync("summands-broken", tests, "fails_on_request.cpp");

        var result = await _judge.Judge.JudgeAsync("summands-broken", "python", "n = int(input())\nprint('1 9' if n == 10 else 'fail')\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError), result.ToString());
            Assert.That(result.Tests.Select(t => t.Verdict), Is.EqualTo(new[] { Verdict.Accepted, Verdict.InternalError, Verdict.InternalError }));
            Assert.That(result.Tests.Single(t => t.Index == 1).CheckerMessage,
                Is.EqualTo("the checker fails_on_request.cpp failed (exit code 3): cannot judge against the answer 'oops'"));
            Assert.That(result.Tests.Single(t => t.Index == 2).CheckerMessage, Is.Empty);
            Assert.That(result.Message, Is.EqualTo("test 1: the checker fails_on_request.cpp failed (exit code 3); not the candidate's fault"));
            Assert.That(result.ToString(), Does.Not.Contain("secret"));
            Assert.That(_judge.Logs!.Lines.Where(l => l.Contains("secret", StringComparison.Ordinal)), Is.Empty, "no hidden data in the logs");
        });
    }

    [Test]
    public async Task Partial_points_from_quitp_add_into_the_score()
    {
        // Squares 1..n, one per line; the program gets the square of 3 wrong: n = 4 earns 3/4, n = 5 earns 4/5.
        var tests = new[]
        {
            ProblemTest.Text("2\n", "1\n4\n", sample: true),
            ProblemTest.Text("4\n", "1\n4\n9\n16\n", points: 10),
            ProblemTest.Text("5\n", "1\n4\n9\n16\n25\n", points: 10),
        };
        await _judge.Problems.PutAsync("squares", tests, h => MakeTestlib(h, "squares_partial.cpp",
            "#include <cstdio>\nint main() { int n; std::scanf(\"%d\", &n); for (int i = 1; i <= n; i++) std::printf(\"%d\\n\", i * i); }\n"));

        var result = await _judge.Judge.JudgeAsync("squares", "python", "n = int(input())\nfor i in range(1, n + 1):\n    print(0 if i == 3 else i * i)\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Partial), result.ToString());
            Assert.That(result.Tests.Select(t => (t.Verdict, t.ScoreFraction, t.Points)), Is.EqualTo(new[]
            {
                (Verdict.Accepted, 1.0, 1.0), (Verdict.Partial, 0.75, 7.5), (Verdict.Partial, 0.8, 8.0),
            }));
            Assert.That(result.Score, Is.EqualTo(1 + 7.5 + 8).Within(1e-9));
            Assert.That(result.MaxScore, Is.EqualTo(21));
            Assert.That(result.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("all 2 squares"));
        });
    }

    [Test]
    public async Task A_crashing_checker_is_an_internal_error_naming_the_checker()
    {
        await PutTestlibAsync("summands-crash", SummandTests, "crashing.cpp");

        var result = await _judge.Judge.JudgeAsync("summands-crash", "python", "input()\nprint('crash')\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError), result.ToString());
            Assert.That(result.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("the checker crashing.cpp was killed by signal 11"));
            Assert.That(result.Message, Does.Contain("crashing.cpp"));
        });
    }

    [Test]
    public async Task A_testlib_checker_that_does_not_compile_refuses_the_upload_with_the_compilers_lines()
    {
        // The self-check judges the reference with the new checker, so the compile fails at upload, in the worker.
        var refused = Assert.ThrowsAsync<RpcException>(async () => await PutTestlibAsync("summands-no-compile", SummandTests, "broken_syntax.cpp"));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Does.StartWith("checker_settings: the checker does not compile: broken_syntax.cpp: "));
            Assert.That(refused.Status.Detail, Does.Contain("broken_syntax.cpp:4:32: error:"), "the compiler's first lines");
        });
    }

    [Test]
    public async Task A_csharp_script_checker_accepts_rejects_and_gives_partial_points()
    {
        await PutScriptAsync("summands-script", SummandTests, "two_positive_summands.csx");

        var accepted = await _judge.Judge.JudgeAsync("summands-script", "python", Halves);
        var partial = await _judge.Judge.JudgeAsync("summands-script", "python", ZeroAndAll);
        var wrong = await _judge.Judge.JudgeAsync("summands-script", "python", "input()\nprint(2, 2)\n");

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Verdict, Is.EqualTo(Verdict.Accepted), accepted.ToString());
            Assert.That(accepted.Score, Is.EqualTo(3));
            Assert.That(accepted.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("10 = 5 + 5"));
            Assert.That(partial.Verdict, Is.EqualTo(Verdict.Partial), partial.ToString());
            Assert.That(partial.Score, Is.EqualTo(1.5));
            Assert.That(partial.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("0 + 10 is 10, but both must be positive"));
            Assert.That(wrong.Verdict, Is.EqualTo(Verdict.WrongAnswer), wrong.ToString());
            Assert.That(wrong.Tests.Single(t => t.Index == 0).CheckerMessage, Is.EqualTo("2 + 2 is 4, not 10"));
            Assert.That(CompileLogs("two_positive_summands.csx", "summands-script"), Is.EqualTo(1), "compiled once for the version");
        });
    }

    [Test]
    public async Task A_csharp_script_that_throws_is_an_internal_error_naming_the_checker()
    {
        await PutScriptAsync("summands-throwing", SummandTests, "throwing.csx");

        var result = await _judge.Judge.JudgeAsync("summands-throwing", "python", "input()\nprint('throw')\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError), result.ToString());
            Assert.That(result.Tests.Single(t => t.Index == 0).CheckerMessage,
                Does.StartWith("the checker throwing.csx failed (exit code 3): the script threw System.FormatException"));
            Assert.That(result.Message, Is.EqualTo("test 0: the checker throwing.csx failed (exit code 3); not the candidate's fault"));
        });
    }

    [Test]
    public async Task A_csharp_script_that_does_not_compile_refuses_the_upload_with_the_compilers_lines()
    {
        var refused = Assert.ThrowsAsync<RpcException>(async () => await PutScriptAsync("summands-script-no-compile", SummandTests, "broken_syntax.csx"));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Is.EqualTo(
                "checker_settings: the checker does not compile: broken_syntax.csx: broken_syntax.csx(1,8): error CS0103: The name 'Acept' does not exist in the current context"));
        });
    }

    [Test]
    public async Task Checker_sandboxes_are_bounded_least_recently_used_out_and_removed_when_the_worker_stops()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, overrides: new Dictionary<string, string?> { ["Worker:CheckerSandboxes"] = "1" },
            captureLogs: true);
        const string worker = "checker-lru-worker";
        await judge.StartWorkerAsync(worker);
        foreach (var id in new[] { "lru-a", "lru-b" })
        {
            await judge.Problems.PutAsync(id, SummandTests, h => MakeTestlib(h, "two_positive_summands.cpp"));
        }

        // Each upload's self-check compiled its checker once; count the compiles of judging from here.
        var compiledAtUpload = judge.Logs!.Lines.Count(l => l.Contains("Compiled checker two_positive_summands.cpp", StringComparison.Ordinal));
        var verdicts = new List<Verdict>();
        foreach (var id in new[] { "lru-a", "lru-b", "lru-a" })
        {
            verdicts.Add((await judge.Judge.JudgeAsync(id, "python", OneAndRest)).Verdict);
        }
        var compiles = judge.Logs!.Lines.Count(l => l.Contains("Compiled checker two_positive_summands.cpp", StringComparison.Ordinal)) - compiledAtUpload;
        // The dropped sandbox is removed in the background once its submission is done.
        var checkerContainers = await CheckerContainersAsync(worker);
        for (var wait = 0; checkerContainers > 1 && wait < 100; wait++)
        {
            await Task.Delay(100);
            checkerContainers = await CheckerContainersAsync(worker);
        }

        Assert.Multiple(() =>
        {
            Assert.That(verdicts, Is.All.EqualTo(Verdict.Accepted));
            Assert.That(compiles, Is.EqualTo(3), "a, then b (dropping a), then a again");
            Assert.That(checkerContainers, Is.EqualTo(1), "one checker sandbox kept");
        });
        // Disposing the harness stops the worker and fails if any container of it is left.
    }

    private int CompileLogs(string checker, string problemId) =>
        _judge.Logs!.Lines.Count(l => l.Contains($"Compiled checker {checker} of problem {problemId} v", StringComparison.Ordinal));

    /// <summary>The worker's checker sandboxes (containers in any state).</summary>
    private static async Task<int> CheckerContainersAsync(string worker)
    {
        using var docker = new DockerClientConfiguration().CreateClient();
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [$"judge.worker={worker}"] = true, ["judge.role=checker"] = true },
            },
        });
        return containers.Count;
    }

    private Task PutTestlibAsync(string id, IReadOnlyList<ProblemTest> tests, string checker) =>
        _judge.Problems.PutAsync(id, tests, h => MakeTestlib(h, checker));

    private Task PutScriptAsync(string id, IReadOnlyList<ProblemTest> tests, string script) =>
        _judge.Problems.PutAsync(id, tests, h =>
        {
            h.Checker = Checker.CsharpScript;
            h.CheckerSettings = new CheckerSettings { MainFile = script, Files = { File(script) } };
            h.Solutions.Add(Reference(SummandsReference));
        });

    private static void MakeTestlib(ProblemHeader header, string checker, string reference = SummandsReference)
    {
        header.Checker = Checker.Testlib;
        header.CheckerSettings = new CheckerSettings { MainFile = checker, Files = { File(checker), File("testlib.h") } };
        header.Solutions.Add(Reference(reference));
    }

    private const string SummandsReference = "#include <cstdio>\nint main() { long long n; std::scanf(\"%lld\", &n); std::printf(\"1 %lld\\n\", n - 1); }\n";

    /// <summary>A program checker is verified by judging the reference solution with it, so a problem that has one names it.</summary>
    private static Solution Reference(string source) => new()
    {
        Name = "reference.cpp",
        Language = "cpp",
        Reference = true,
        ExpectedVerdict = Verdict.Accepted,
        Source = ByteString.CopyFrom(source, Encoding.UTF8),
    };

    private static SourceFile File(string name) => new()
    {
        Name = name,
        Content = ByteString.CopyFrom(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Checkers", name))),
    };
}
