using System.Diagnostics;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Grpc.Core;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// The adversarial suite: code written to break out of the sandbox or bring the judge down. Each
/// program gets its verdict within its limits, the worker keeps serving, and nothing is left behind
/// (the count of containers and of sandbox-user processes on this machine is the same after the suite).
/// docs/security.md maps every defence to the cases here.
/// </summary>
[NonParallelizable]
public class HostileTests
{
    private const uint TimeLimitMs = 1000;
    private const uint MemoryLimitMib = 64;

    // The wall-clock limit (2 x CPU + 0.5 s) plus the runner's 10 ms checks and the kill.
    private static readonly TimeSpan TestWallBound = TimeSpan.FromMilliseconds(2 * TimeLimitMs + 500 + 500);
    private static readonly TimeSpan CpuBound = TimeSpan.FromMilliseconds(TimeLimitMs + 500);
    private static readonly TimeSpan CompileTimeLimit = TimeSpan.FromSeconds(6);

    private JudgeHarness _judge = null!;
    private (int Containers, int SandboxProcesses) _before;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _before = await CountLeftoversAsync();
        _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            // Compile-time attacks end at the compile limit; a shorter one keeps the suite short.
            ["Languages:cpp:CompileTimeLimit"] = CompileTimeLimit.ToString(),
        });
        await PutAsync("sum", Sample("1 2\n", "3\n"));
        await PutAsync("probe", Sample("", "ok\n"));
        await PutAsync("plant", Sample("plant\n", "ok\n"));
        await PutAsync("look", Sample("look\n", "ok\n"));
        foreach (var (first, second) in TwoStepProblems)
        {
            await PutAsync($"{first}-{second}", Sample(first + "\n", "ok\n"), Sample(second + "\n", "ok\n"));
        }
        var everyByte = Enumerable.Range(0, 512).Select(i => (byte)i).ToArray();
        await PutAsync("binary", new ProblemTest([], everyByte, Sample: true));
        // The hunt reads every file of the image: on a busy machine, with a cold page cache, that outlasts 1 s.
        await _judge.Problems.PutAsync("secret", [Sample("x\n", "nothing to see\n"), ProblemTest.Text("x\n", SecretAnswer + "\n")], 10_000, MemoryLimitMib);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _judge.DisposeAsync();
        var after = await CountLeftoversAsync();
        Assert.That(after, Is.EqualTo(_before), "containers and sandbox-user processes on this machine, before and after the suite");
    }

    private static readonly (string, string)[] TwoStepProblems =
        [("spawn", "count"), ("fill", "check"), ("hoard", "use"), ("1", "2")];

    private static readonly string SecretAnswer = "the-answer-" + Guid.NewGuid().ToString("N");

    public sealed record Case(string Language, string Attack, string Problem, params Verdict[] Verdicts)
    {
        public override string ToString() => $"{Language}/{Attack}";
    }

    private static IEnumerable<TestCaseData> Cases() => new Case[]
    {
        // Processes
        new("cpp", "forkbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError),
        new("python", "forkbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError),
        new("cpp", "threadbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("python", "threadbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("java", "threadbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("java25", "threadbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("go", "thread_bomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("csharp", "threadbomb", "sum", Verdict.TimeLimitExceeded, Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("cpp", "daemon", "spawn-count", Verdict.Accepted),
        new("python", "daemon", "spawn-count", Verdict.Accepted),
        new("cpp", "kill_everything", "sum", Verdict.Accepted),
        new("python", "kill_everything", "sum", Verdict.Accepted),

        // Memory
        new("cpp", "memory_touch", "sum", Verdict.MemoryLimitExceeded),
        new("cpp", "mmap_huge", "sum", Verdict.MemoryLimitExceeded),
        new("python", "memory_bomb", "sum", Verdict.MemoryLimitExceeded),
        new("pypy", "memory_bomb", "sum", Verdict.MemoryLimitExceeded),
        new("go", "memory_bomb", "sum", Verdict.MemoryLimitExceeded),
        new("javascript", "memory_bomb", "sum", Verdict.MemoryLimitExceeded),
        new("cpp", "stack_recursion", "sum", Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("python", "deep_recursion", "sum", Verdict.RuntimeError, Verdict.MemoryLimitExceeded),
        new("pypy", "deep_recursion", "sum", Verdict.RuntimeError, Verdict.MemoryLimitExceeded),

        // Output
        new("cpp", "stdout_flood", "sum", Verdict.OutputLimitExceeded),
        new("python", "stdout_flood", "sum", Verdict.OutputLimitExceeded),
        new("cpp", "stderr_flood", "sum", Verdict.OutputLimitExceeded),
        new("python", "stderr_flood", "sum", Verdict.OutputLimitExceeded),

        // Time: only the wall clock can end these
        new("cpp", "sleep", "sum", Verdict.TimeLimitExceeded),
        new("python", "sleep", "sum", Verdict.TimeLimitExceeded),
        new("cpp", "sigstop", "sum", Verdict.TimeLimitExceeded),
        new("cpp", "ignore_sigterm", "sum", Verdict.TimeLimitExceeded),
        new("cpp", "block_on_pipe", "sum", Verdict.TimeLimitExceeded),
        // Time: CPU used by children the program never waits for (1.8 s against a 1 s limit) still counts
        new("cpp", "hide_cpu_in_children", "sum", Verdict.TimeLimitExceeded),
        new("python", "stdin_at_end", "sum", Verdict.Accepted),

        // Files
        new("cpp", "write_elsewhere", "probe", Verdict.Accepted),
        new("python", "write_elsewhere", "probe", Verdict.Accepted),
        new("cpp", "sparse_file", "probe", Verdict.Accepted),

        // Network and secrets
        new("cpp", "network", "probe", Verdict.Accepted),
        new("python", "network", "probe", Verdict.Accepted),
        new("javascript", "network", "probe", Verdict.Accepted),
        new("cpp", "secrets", "probe", Verdict.Accepted),
        new("python", "proc_snoop", "probe", Verdict.Accepted),
        new("java", "snoop", "probe", Verdict.Accepted),
        new("java17", "snoop", "probe", Verdict.Accepted),
        new("csharp", "snoop", "probe", Verdict.Accepted),

        // Privileges and the kernel's attack surface
        new("cpp", "ptrace", "probe", Verdict.Accepted),
        new("cpp", "privileges", "probe", Verdict.Accepted),
        new("cpp", "forbidden_syscalls", "probe", Verdict.Accepted),

        // Compile-time attacks
        new("cpp", "include_urandom", "sum", Verdict.CompilationError),
        new("cpp", "template_explosion", "sum", Verdict.CompilationError),
        new("cpp", "macro_explosion", "sum", Verdict.CompilationError),
        new("java", "code_too_large", "sum", Verdict.CompilationError),
        new("go", "huge_array", "sum", Verdict.CompilationError),
        new("typescript", "type_explosion", "sum", Verdict.CompilationError),
    }.Select(c => new TestCaseData(c).SetName($"Hostile {c}"));

    [TestCaseSource(nameof(Cases))]
    public async Task Gets_its_verdict_within_its_limits_and_the_worker_goes_on(Case hostile)
    {
        var started = Stopwatch.StartNew();
        var result = await _judge.Judge.JudgeAsync(hostile.Problem, hostile.Language, Programs.Hostile(hostile.Language, hostile.Attack));
        var elapsed = started.Elapsed;
        var next = await _judge.Judge.JudgeAsync("sum", hostile.Language, Programs.Get(hostile.Language, "sum"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.AnyOf(hostile.Verdicts.Cast<object>().ToArray()), Describe(result));
            foreach (var test in result.Tests)
            {
                Assert.That(TimeSpan.FromMilliseconds(test.WallTimeMs), Is.LessThanOrEqualTo(TestWallBound), $"test {test.Index} wall time");
                Assert.That(TimeSpan.FromMilliseconds(test.CpuTimeMs), Is.LessThanOrEqualTo(CpuBound), $"test {test.Index} CPU time");
                Assert.That(test.Output.Length, Is.LessThanOrEqualTo(64 * 1024), "a sample shows a capped part of the output only");
            }
            if (result.Verdict == Verdict.CompilationError)
            {
                Assert.That(elapsed, Is.LessThan(CompileTimeLimit * 2 + TimeSpan.FromSeconds(20)), "a compile-time attack ends at the compile limits");
            }
            Assert.That(next.Verdict, Is.EqualTo(Verdict.Accepted), "the next submission in the same language is judged as usual");
        });
    }

    [Test]
    public async Task Sleeping_is_ended_by_the_wall_clock_and_not_counted_as_cpu_time()
    {
        var result = await _judge.Judge.JudgeAsync("sum", "python", Programs.Hostile("python", "sleep"));
        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded));
            Assert.That(test.CpuTimeMs, Is.LessThan(TimeLimitMs), "it used almost no CPU");
            Assert.That(test.WallTimeMs, Is.GreaterThanOrEqualTo(2 * TimeLimitMs + 500), "the wall-clock limit (2 x 1 s + 0.5 s) ended it");
        });
    }

    [Test]
    public async Task Gigabytes_of_output_are_capped_and_the_worker_memory_stays_flat()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var language in new[] { "cpp", "python" })
        {
            foreach (var attack in new[] { "stdout_flood", "stderr_flood" })
            {
                var result = await _judge.Judge.JudgeAsync("sum", language, Programs.Hostile(language, attack));
                Assert.That(result.Verdict, Is.EqualTo(Verdict.OutputLimitExceeded), $"{language}/{attack}");
                Assert.That(result.Tests.Single().Output.Length + result.Tests.Single().ErrorOutput.Length, Is.LessThanOrEqualTo(128 * 1024));
            }
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.That(after - before, Is.LessThan(32L << 20), "the worker holds no flood in memory");
    }

    [Test]
    public async Task Files_left_in_tmp_shm_and_the_work_dir_are_gone_before_the_next_test()
    {
        var result = await _judge.Judge.JudgeAsync("fill-check", "cpp", Programs.Hostile("cpp", "fill_disk"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Tests, Has.Count.EqualTo(2));
            Assert.That(result.Tests[0].Verdict, Is.EqualTo(Verdict.Accepted).Or.EqualTo(Verdict.MemoryLimitExceeded),
                "files in memory-backed directories count as memory");
            Assert.That(result.Tests[1].Verdict, Is.EqualTo(Verdict.Accepted), result.Tests[1].Output.ToStringUtf8());
        });
    }

    [Test]
    public async Task Memory_held_in_files_by_one_test_is_free_again_for_the_next()
    {
        var result = await _judge.Judge.JudgeAsync("hoard-use", "cpp", Programs.Hostile("cpp", "memory_leftovers"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), Describe(result));
    }

    [Test]
    public async Task Processes_left_by_one_test_are_gone_before_the_next()
    {
        var result = await _judge.Judge.JudgeAsync("spawn-count", "cpp", Programs.Hostile("cpp", "daemon"));
        Assert.That(result.Tests.Select(t => t.Output.ToStringUtf8()), Is.EqualTo(new[] { "ok\n", "ok\n" }));
    }

    [Test]
    public async Task A_program_that_changes_its_compiled_files_is_stopped_at_that_test()
    {
        var result = await _judge.Judge.JudgeAsync("1-2", "cpp", Programs.Hostile("cpp", "change_own_binary"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.RuntimeError));
            Assert.That(result.Tests.Count(t => t.Verdict != Verdict.Skipped), Is.EqualTo(1), "no later test runs the changed program");
            Assert.That(result.Tests.Skip(1).Select(t => t.Verdict), Is.All.EqualTo(Verdict.Skipped), "later tests are SKIPPED");
            Assert.That(result.Message, Does.Contain("changed or removed its own compiled files"));
        });
    }

    [Test]
    public async Task A_submission_finds_nothing_of_an_earlier_one_even_in_the_same_container()
    {
        var plant = await _judge.Judge.JudgeAsync("plant", "cpp", Programs.Hostile("cpp", "plant_and_look"));
        var looks = new List<Submission>();
        for (var i = 0; i < 3; i++)
        {
            looks.Add(await _judge.Judge.JudgeAsync("look", "cpp", Programs.Hostile("cpp", "plant_and_look")));
        }
        var plantedIn = plant.Tests.Single().ErrorOutput.ToStringUtf8();
        Assert.Multiple(() =>
        {
            Assert.That(plant.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(looks.Select(l => l.Tests.Single().Output.ToStringUtf8()), Is.All.EqualTo("ok\n"));
            Assert.That(looks.Select(l => l.Tests.Single().ErrorOutput.ToStringUtf8()), Has.Member(plantedIn),
                "a later submission ran in the reused container of the first");
        });
    }

    [Test]
    public async Task The_expected_output_is_nowhere_in_the_sandbox()
    {
        var result = await _judge.Judge.JudgeAsync("secret", "cpp", Programs.Hostile("cpp", "hunt_expected_output"));
        var searched = result.Tests[0].Output.ToStringUtf8();
        Assert.Multiple(() =>
        {
            Assert.That(searched, Does.StartWith("not found in "), $"the sample run reports what it searched ({Describe(result)})");
            Assert.That(int.Parse(searched.Split(' ')[3]), Is.GreaterThan(1000), "it read the whole image");
            Assert.That(result.Tests[1].Verdict, Is.EqualTo(Verdict.WrongAnswer), "had it found the answer, it would be accepted");
        });
    }

    [Test]
    public async Task Binary_output_is_checked_byte_for_byte_and_returned_intact()
    {
        var result = await _judge.Judge.JudgeAsync("binary", "cpp", Programs.Hostile("cpp", "binary_output"));
        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(test.Output.ToByteArray(), Is.EqualTo(Enumerable.Range(0, 512).Select(i => (byte)i).ToArray()));
            Assert.That(test.ErrorOutput.ToByteArray().Take(4), Is.EqualTo(new byte[] { 0xff, 0xfe, 0xc3, 0x28 }));
        });
    }

    [Test]
    public async Task Compiler_messages_quoting_binary_become_valid_text()
    {
        var result = await _judge.Judge.JudgeAsync("sum", "cpp", Programs.Hostile("cpp", "include_binary"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Is.Not.Empty);
            Assert.That(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(result.CompileOutput)), Is.EqualTo(result.CompileOutput));
        });
    }

    [Test]
    public void A_ten_megabyte_source_is_refused_before_it_reaches_a_compiler()
    {
        var source = "int main() {}\n" + new string('/', 10 << 20);
        var refused = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(SubmissionCalls.Request("sum", "cpp", source)));
        Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument).Or.EqualTo(StatusCode.ResourceExhausted), refused.Status.Detail);
    }

    private async Task PutAsync(string id, params ProblemTest[] tests) =>
        await _judge.Problems.PutAsync(id, tests, TimeLimitMs, MemoryLimitMib);

    private static ProblemTest Sample(string input, string expected) => ProblemTest.Text(input, expected, sample: true);

    private static string Describe(Submission result) =>
        $"{result.Verdict}: {result.Message} {result.CompileOutput[..Math.Min(300, result.CompileOutput.Length)]} " +
        string.Join(" | ", result.Tests.Select(t => $"test {t.Index} {t.Verdict} {t.WallTimeMs} ms {t.PeakMemoryKib} KiB exit {t.ExitCode} signal {t.Signal} " +
            $"'{Truncate(t.Output.ToStringUtf8())}' '{Truncate(t.ErrorOutput.ToStringUtf8())}'"));

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "...";

    /// <summary>Containers of any kind, and processes of the sandbox user (65534) anywhere on this machine.</summary>
    private static async Task<(int, int)> CountLeftoversAsync()
    {
        using var docker = new DockerClientConfiguration().CreateClient();
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters { All = true });
        var sandboxProcesses = 0;
        foreach (var status in Directory.EnumerateDirectories("/proc").Where(d => char.IsDigit(Path.GetFileName(d)[0])))
        {
            try
            {
                var uid = File.ReadLines(Path.Combine(status, "status")).FirstOrDefault(l => l.StartsWith("Uid:"));
                if (uid is not null && uid.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "65534")
                {
                    sandboxProcesses++;
                }
            }
            catch (IOException)
            {
                // The process ended while being looked at.
            }
        }
        return (containers.Count, sandboxProcesses);
    }
}
