using System.Text;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Correct programs that a judge must accept, each standing for a class of faults found with cases from
/// public bug reports against other judges: output lost in a pipe, compile scratch space sized for
/// running, runtime defaults that reject correct programs, test data visible where it must not be.
/// </summary>
[NonParallelizable]
public class TrustedVerdictTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        var line = new string('x', 2_000_000) + "\n";
        await _judge.Problems.PutAsync("big-line", [ProblemTest.Text("go\n", line)]);
        await _judge.Problems.PutAsync("sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        await _judge.Problems.PutAsync("sum-hidden", [
            ProblemTest.Text("100 -7\n", "93\n"),
            ProblemTest.Text("1 2\n", "3\n", sample: true),
            ProblemTest.Text("31337 1\n", "31338\n"),
        ]);
        await _judge.Problems.PutAsync("power", [ProblemTest.Text("20000\n", System.Numerics.BigInteger.Pow(2, 20000) + "\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    // Node writes to a pipe asynchronously: what is still queued at process.exit is dropped. A file is written synchronously.
    [TestCase("javascript", "process.stdout.write('x'.repeat(2_000_000) + '\\n');\nprocess.exit(0);\n",
        TestName = "JavaScript: a 2 MB write followed by process.exit reaches the checker whole")]
    [TestCase("typescript", "process.stdout.write('x'.repeat(2_000_000) + '\\n');\nprocess.exit(0);\n",
        TestName = "TypeScript: a 2 MB write followed by process.exit reaches the checker whole")]
    [TestCase("python", "import os\nos.set_blocking(1, False)\nos.write(1, b'x' * 2000000 + b'\\n')\nos._exit(0)\n",
        TestName = "Python: one non-blocking 2 MB write, then _exit, reaches the checker whole")]
    public async Task Output_written_just_before_exit_is_kept(string language, string source)
    {
        var result = await _judge.Judge.JudgeAsync("big-line", language, source);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [Test]
    public async Task A_72_MB_initialised_array_compiles_and_runs_under_a_64_MiB_limit()
    {
        const string source = """
            #include <cstdio>
            long long dp[3005][3005] = {-1};
            int main() { long a, b; scanf("%ld %ld", &a, &b); printf("%ld\n", a + b + dp[1][1]); }
            """;
        var result = await _judge.Judge.JudgeAsync("sum", "cpp", source);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [Test]
    public async Task Python_prints_and_parses_integers_of_thousands_of_digits()
    {
        const string source = "n = int(input())\nx = 2 ** n\nassert int(str(x)) == x\nprint(x)\n";
        var result = await _judge.Judge.JudgeAsync("power", "python", source);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
    }

    [Test]
    public async Task The_program_sees_only_its_own_stdin_and_stdout_and_can_add_nothing_beside_them()
    {
        const string source = """
            import os
            def attempt(action):
                try:
                    action()
                    return "allowed"
                except OSError:
                    return "denied"
            print(sorted(os.listdir("/judge/in")), sorted(os.listdir("/judge/out")))
            print(attempt(lambda: open("/judge/out/extra", "w")), attempt(lambda: open("/judge/in/stdin", "a")),
                  attempt(lambda: os.chmod("/judge/out", 0o777)), attempt(lambda: os.symlink("/etc/passwd", "/judge/out/link")))
            print(sum(map(int, open("/judge/in/stdin").read().split())))
            """;
        var result = await _judge.Judge.JudgeAsync("sum", "python", source, SubmitMode.Run);
        var output = Encoding.UTF8.GetString(result.Tests[0].Output.Span);
        Assert.That(output, Is.EqualTo("['stdin'] ['stdout']\ndenied denied denied denied\n3\n"), result.ToString());
    }

    [Test]
    public async Task A_sample_run_of_a_submit_finds_no_hidden_input_in_judge_in()
    {
        // Tests run in batches whose inputs are all staged in /judge/in: a sample must never share one with a hidden test.
        const string source = """
            import os
            for name in sorted(os.listdir("/judge/in")):
                print(name, open("/judge/in/" + name).read().strip())
            """;
        var result = await _judge.Judge.JudgeAsync("sum-hidden", "python", source);
        var output = Encoding.UTF8.GetString(result.Tests.Single(t => t.Sample).Output.Span);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("1 2"), result.ToString());
            Assert.That(output, Does.Not.Contain("100 -7").And.Not.Contain("31337"), "a hidden test's input reached a sample's output");
        });
    }

    [Test]
    public async Task Big_inputs_and_outputs_pass_through_files_intact()
    {
        // 3 tests of 12 MiB: the program echoes every second line; the checker compares all of it.
        var random = new Random(11);
        var tests = Enumerable.Range(0, 3).Select(_ => BigEchoTest(random, 12 << 20)).ToList();
        await _judge.Problems.PutAsync("echo-big", tests, timeLimitMs: 5000, memoryLimitMib: 256);
        const string source = """
            #include <cstdio>
            #include <cstring>
            int main() {
                static char line[1 << 16];
                for (long i = 0; std::fgets(line, sizeof line, stdin); i++)
                    if (i % 2 == 0) std::fputs(line, stdout);
            }
            """;
        var result = await _judge.Judge.JudgeAsync("echo-big", "cpp", source);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
        Assert.That(result.Tests, Has.Count.EqualTo(3));
    }

    /// <summary>A test of about <paramref name="bytes"/> of numeric lines; expected: every second line (0, 2, ...).</summary>
    public static ProblemTest BigEchoTest(Random random, int bytes)
    {
        var input = new StringBuilder(bytes + 64);
        var expected = new StringBuilder(bytes / 2 + 64);
        for (var i = 0; input.Length < bytes; i++)
        {
            var line = $"{random.NextInt64()} {random.Next()} {random.Next(1000)}\n";
            input.Append(line);
            if (i % 2 == 0)
            {
                expected.Append(line);
            }
        }
        return new ProblemTest(Encoding.ASCII.GetBytes(input.ToString()), Encoding.ASCII.GetBytes(expected.ToString()));
    }
}
