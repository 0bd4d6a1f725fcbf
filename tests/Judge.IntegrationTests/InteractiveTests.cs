using Grpc.Core;
using Judge.Cli.Packages;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// Interactive problems (docs/interactive-problems.md) end to end: the program in its sandbox, the problem's interactor
/// (testlib C++) in a sandbox of its own, talking over two pipes. examples/guess is uploaded as it is, and its
/// self-check judges the binary search in all ten language ids (each with its flush idiom), one that never flushes and
/// one that asks too many queries. Then the verdict rules, on a problem whose interactor (Interactors/rules.cpp) misbehaves
/// on request: the interactor's WRONG_ANSWER before the program dies of SIGPIPE, no flush, an interactor that crashes,
/// hangs or exits 3, floods from the interactor, an interactor whose CPU time is not the program's, and what a
/// program can see of the interactor's files.
/// </summary>
[NonParallelizable]
public class InteractiveTests
{
    private const string Rules = "interactive-rules";
    private const string Hog = "interactive-hog";

    private JudgeHarness _judge = null!;
    private PutProblemResponse? _guess;
    private string? _guessRefusal;

    private static string Folder(params string[] parts) => Path.Combine([Repository.Root, .. parts]);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.WaitForLanguagesAsync(Programs.LanguageIds);
        var package = ProblemPackage.Read(Folder("examples", "guess"));
        try
        {
            _guess = await _judge.Problems.SendAsync(ProblemUploads.Messages(package.Header, Tests(package)));
        }
        catch (RpcException e)
        {
            _guessRefusal = $"{e.StatusCode}: {e.Status.Detail}";
        }
        var rules = package.Header.Clone();
        rules.Id = Rules;
        rules.TimeLimitMs = 1000;
        rules.Scoring = Scoring.PerTest;
        rules.Groups.Clear();
        rules.Solutions.Clear();
        rules.Solutions.Add(package.Header.Solutions.Single(s => s.Reference));
        rules.Interactor = new InteractorSettings
        {
            MainFile = "rules.cpp",
            Files =
            {
                new SourceFile { Name = "rules.cpp", Content = Google.Protobuf.ByteString.CopyFrom(File.ReadAllBytes(Folder("tests", "Judge.IntegrationTests", "Interactors", "rules.cpp"))) },
                package.Header.Interactor.Files.Single(f => f.Name == "testlib.h"),
            },
        };
        // One sample (n = 10, x = 7), whose results show the interactor's message and the program's stderr, and one hidden test.
        List<ProblemTest> tests = [ProblemTest.Text("10 7\n", "", sample: true), ProblemTest.Text("1000 1\n", "")];
        rules.Tests.Clear();
        rules.Tests.Add(tests.Select(t => new TestCaseHeader { Sample = t.Sample, Points = 1, InputSize = (ulong)t.Input.Length }));
        await _judge.Problems.SendAsync(ProblemUploads.Messages(rules, tests));
        // The same with a 3 s limit: a program can hold its interactor for 6.5 s of wall clock per test.
        rules.Id = Hog;
        rules.TimeLimitMs = 3000;
        await _judge.Problems.SendAsync(ProblemUploads.Messages(rules, tests));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static List<ProblemTest> Tests(ProblemPackage package) =>
        [.. package.Tests.Select(t => new ProblemTest(File.ReadAllBytes(t.InputPath), t.ReadExpectedOutput(), t.Name.StartsWith("sample")))];

    [Test]
    public void The_guess_example_is_judged_as_expected_in_all_ten_language_ids_by_its_self_check()
    {
        Assert.That(_guessRefusal, Is.Null, "examples/guess was refused");
        var solutions = ProblemPackage.Read(Folder("examples", "guess")).Header.Solutions;
        var checks = _guess!.Checks.Zip(solutions, (check, solution) => $"{solution.Language} {check.Name}: {check.Verdict}{(check.Passed ? "" : " (failed: " + check.Detail + ")")}").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(_guess.Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"), Is.Empty, string.Join("\n", checks));
            Assert.That(solutions.Where(s => s.ExpectedVerdict == Verdict.Accepted).Select(s => s.Language), Is.EquivalentTo(Programs.LanguageIds));
            Assert.That(_guess.Checks.Select(c => c.Verdict), Does.Contain(Verdict.TimeLimitExceeded).And.Contain(Verdict.WrongAnswer));
        });
    }

    [Test]
    public async Task The_problem_says_it_is_interactive_and_refuses_custom_input()
    {
        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = Rules });
        var request = SubmissionCalls.Request(Rules, "cpp", "int main() {}", SubmitMode.Run);
        request.CustomInput = Google.Protobuf.ByteString.CopyFromUtf8("10 7\n");

        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(request));

        Assert.That(problem.Interactive, Is.True);
        Assert.That((refused!.StatusCode, refused.Status.Detail), Is.EqualTo((StatusCode.InvalidArgument,
            "custom_input: an interactive problem's program talks to its interactor, not to an input; a RUN without custom_input judges the samples and shows each exchange")));
    }

    private const string Search = """
        #include <iostream>
        #include <string>
        int main() {
            long long n; std::cin >> n;
            SETUP
            long long lo = 1, hi = n;
            while (true) {
                long long mid = lo + (hi - lo) / 2;
                std::cout << "? " << mid << std::endl;
                std::string reply; std::cin >> reply;
                if (reply == "=") return 0;
                if (reply == "<") hi = mid - 1; else lo = mid + 1;
            }
        }
        """;

    private static string SearchAfter(string setup) => Search.Replace("SETUP", setup);

    [Test]
    public async Task A_wrong_answer_from_the_interactor_stands_though_the_program_then_dies_of_SIGPIPE()
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp", """
            #include <cstdio>
            int main() { for (;;) { std::puts("? 1"); std::fflush(stdout); } }
            """);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
        Assert.That(result.Tests[0].CheckerMessage, Is.EqualTo("more than 30 queries"));
    }

    [Test]
    public async Task A_program_that_does_not_flush_is_stopped_by_the_wall_clock_and_asked_whether_it_flushed()
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp", File.ReadAllText(Folder("examples", "guess", "solutions", "noflush.cpp")));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), result.ToString());
        Assert.That(result.Tests[0].CheckerMessage, Does.StartWith("stopped by the wall clock").And.Contains("Did it flush its output after each query?"));
    }

    [TestCase("crash", "the interactor rules.cpp was killed by signal 11")]
    [TestCase("hang", "the interactor rules.cpp exceeded its time limit of 2 s")]
    [TestCase("fail", "the interactor rules.cpp failed (exit code 3)")]
    public async Task An_interactor_that_fails_is_an_internal_error_naming_it(string request, string failure)
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp", SearchAfter($"std::cout << \"{request}\" << std::endl;"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError), result.ToString());
        Assert.That(result.Message, Is.EqualTo($"test 0: {failure}; not the candidate's fault"));
    }

    [Test]
    public async Task A_mebibyte_from_the_interactor_reaches_a_program_that_reads_it()
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp",
            SearchAfter("std::cout << \"flood\" << std::endl; std::string line; while (std::cin >> line && line != \"flooded\") {}"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
        Assert.That(result.Tests[0].TranscriptTruncated, Is.True, "a mebibyte is more than a sample's transcript keeps");
        Assert.That(result.Tests[0].Transcript, Does.StartWith("< 10\n> flood\n< xxxx"));
    }

    [Test]
    public async Task The_command_line_client_prints_a_samples_exchange_and_the_interactors_message()
    {
        var source = Path.Combine(Path.GetTempPath(), $"judge-interactive-{Guid.NewGuid():N}.cpp");
        await File.WriteAllTextAsync(source, SearchAfter(""));
        var printed = new StringWriter();
        try
        {
            var exitCode = await new Judge.Cli.Commands(_judge.WithKey(JudgeHarness.SubmitterKey), printed).RunAsync(["submit", Rules, "cpp", source, "--run"]);

            Assert.That(exitCode, Is.EqualTo(0), printed.ToString());
            Assert.That(printed.ToString(), Does.Contain("  exchange with the interactor:\n< 10\n> ? 5\n< >\n> ? 8\n< <\n> ? 6\n< >\n> ? 7\n< =\n  interactor: found in 4 queries\n"));
        }
        finally
        {
            File.Delete(source);
        }
    }

    [Test]
    public async Task A_program_that_sends_one_endless_line_is_a_wrong_answer_not_the_interactors_failure()
    {
        // The interactor's header keeps only the line it reads and refuses one over 1 MiB (a presentation error).
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp", """
            #include <string>
            #include <unistd.h>
            int main() { std::string block(1 << 16, '1'); if (write(1, "? ", 2) != 2) return 1; for (;;) if (write(1, block.data(), block.size()) < 0) return 1; }
            """);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
        Assert.That(result.Tests[0].CheckerMessage, Is.EqualTo("a line longer than 1048576 bytes"));
    }

    [Test]
    public async Task A_program_holding_its_interactor_to_the_time_limit_holds_up_no_other_submission()
    {
        // The hog answers right, then sleeps until the wall clock stops it (6.5 s), on every test. Once it is running, an
        // honest submission is sent: a problem version's interactor is each renter's own while rented, so the honest one
        // is judged before the hog's first test ends (with a shared interactor it would wait for that test at least).
        var hogSource = SearchAfter("").Replace("if (reply == \"=\") return 0;", "if (reply == \"=\") { for (;;) pause(); }")
            .Replace("#include <string>", "#include <string>\n#include <unistd.h>");
        var hog = await _judge.Judge.SubmitAsync(SubmissionCalls.Request(Hog, "cpp", hogSource));
        using var hogWatch = _judge.Judge.WatchSubmission(new WatchSubmissionRequest { SubmissionId = hog.SubmissionId },
            deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout);
        while (await hogWatch.ResponseStream.MoveNext(CancellationToken.None)
               && hogWatch.ResponseStream.Current.Status?.Status != SubmissionStatus.Running)
        {
        }

        var honest = await _judge.Judge.JudgeAsync(Hog, "cpp", SearchAfter(""));
        var hogFirstTest = await FirstTestAsync(hog.SubmissionId);

        Assert.That(honest.Verdict, Is.EqualTo(Verdict.Accepted), honest.ToString());
        Assert.That(hogFirstTest, Is.Null, "the hog had finished a test before the honest submission was judged");
        var hogFinal = (await _judge.Judge.WatchToEndAsync(hog.SubmissionId))[^1].Final;
        Assert.That(hogFinal.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), hogFinal.ToString());
    }

    /// <summary>The submission's first judged test as stored now, or null when none is yet.</summary>
    private async Task<TestResult?> FirstTestAsync(string submissionId) =>
        (await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submissionId })).Tests.FirstOrDefault();

    [Test]
    public async Task A_program_that_stops_reading_cannot_block_the_interactor_it_is_stopped_by_the_wall_clock()
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp", """
            #include <iostream>
            #include <unistd.h>
            int main() { std::cout << "flood" << std::endl; for (;;) pause(); }
            """);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), result.ToString());
        Assert.That(result.Tests[0].CheckerMessage, Does.StartWith("stopped by the wall clock"));
    }

    [Test]
    public async Task The_interactors_CPU_time_is_not_the_programs()
    {
        // Half a second of the interactor's CPU per test, against a 1 s limit: the program's own time stays its own.
        var result = await _judge.Judge.JudgeAsync(Rules, "cpp",
            SearchAfter("std::cout << \"spin\" << std::endl; std::string spun; std::cin >> spun;"));

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
        Assert.That(result.Tests.Select(t => t.CpuTimeMs), Has.All.LessThan(250));
    }

    [Test]
    public async Task A_RUN_judges_the_samples_shows_each_exchange_and_the_program_sees_none_of_the_interactors_files()
    {
        var result = await _judge.Judge.JudgeAsync(Rules, "python", """
            import os, sys
            print("in:", sorted(os.listdir("/judge/in")), "out:", sorted(os.listdir("/judge/out")), file=sys.stderr)
            n = int(input())
            lo, hi = 1, n
            while True:
                mid = (lo + hi) // 2
                print("?", mid, flush=True)
                reply = input()
                if reply == "=":
                    break
                lo, hi = (lo, mid - 1) if reply == "<" else (mid + 1, hi)
            """, SubmitMode.Run);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
        Assert.That(result.Tests.Select(t => t.Sample), Is.EqualTo(new[] { true }));
        Assert.That(result.Tests[0].ErrorOutput.ToStringUtf8(), Is.EqualTo("in: [] out: ['from-program', 'stdout', 'to-program']\n"));
        Assert.That(result.Tests[0].CheckerMessage, Is.EqualTo("found in 4 queries"));
        Assert.That((result.Tests[0].Transcript, result.Tests[0].TranscriptTruncated), Is.EqualTo(("< 10\n> ? 5\n< >\n> ? 8\n< <\n> ? 6\n< >\n> ? 7\n< =\n", false)));
        Assert.That(result.Tests[0].Output.IsEmpty, Is.True, "the program's stdout is the exchange");
    }
}
