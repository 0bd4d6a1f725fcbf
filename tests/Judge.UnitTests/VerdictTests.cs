using Judge.Contracts.V1;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

public class VerdictTests
{
    [TestCase(RunStatus.NonZeroExit, Verdict.RuntimeError)]
    [TestCase(RunStatus.Signaled, Verdict.RuntimeError)]
    [TestCase(RunStatus.CpuTimeLimit, Verdict.TimeLimitExceeded)]
    [TestCase(RunStatus.WallTimeLimit, Verdict.TimeLimitExceeded)]
    [TestCase(RunStatus.MemoryLimit, Verdict.MemoryLimitExceeded)]
    [TestCase(RunStatus.OutputLimit, Verdict.OutputLimitExceeded)]
    [TestCase(RunStatus.InternalError, Verdict.InternalError)]
    public void A_failed_run_gets_its_verdict_without_checking_output(RunStatus status, Verdict verdict) =>
        Assert.That(Verdicts.ForFailedRun(status), Is.EqualTo(verdict));

    [Test]
    public void Run_limits_follow_the_problem_and_cover_input_and_output_in_the_container()
    {
        var options = new SandboxOptions { WallTimeFactor = 2, WallTimeSlack = TimeSpan.FromMilliseconds(500), MinOutputLimitBytes = 1 << 20, RunOverheadMiB = 64 };
        var problem = new ProblemHeader
        {
            TimeLimitMs = 1000,
            MemoryLimitMib = 256,
            Tests =
            {
                new TestCaseHeader { InputSize = 10 << 20, ExpectedOutputSize = 10 },
                new TestCaseHeader { InputSize = 1, ExpectedOutputSize = 3 << 20 },
            },
        };
        var limits = new RunLimits(options, problem, "cpp", new LanguageDefinition());
        Assert.Multiple(() =>
        {
            Assert.That(limits.WallTime, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
            Assert.That(limits.MemoryBytes, Is.EqualTo(256L << 20));
            Assert.That(limits.StdoutBytes(problem.Tests[0]), Is.EqualTo(1 << 20));
            Assert.That(limits.StdoutBytes(problem.Tests[1]), Is.EqualTo(6 << 20));
            // Judged memory, the largest input, the largest output cap, the run overhead, and the batch's unread outputs (16 MiB).
            Assert.That(limits.ContainerMemoryBytes([0, 1]), Is.EqualTo((256L + 10 + 6 + 64 + 16) << 20));
            Assert.That(limits.ContainerMemoryBytes([0]), Is.EqualTo((256L + 10 + 1 + 64 + 16) << 20));
            Assert.That(limits.UncheckedStdoutBytes, Is.EqualTo(1 << 20), "custom input has no expected output to size the cap by");
            Assert.That(limits.ContainerMemoryBytesForInput(2 << 20, 3 << 20), Is.EqualTo((256L + 2 + 1 + 3 + 64 + 16) << 20));
        });
    }

    [Test]
    public void A_language_multiplies_the_time_limit_and_adds_its_memory_allowance_unless_the_problem_says_otherwise()
    {
        var options = new SandboxOptions { WallTimeFactor = 2, WallTimeSlack = TimeSpan.FromMilliseconds(500) };
        var java = new LanguageDefinition { TimeMultiplier = 2, MemoryAllowanceMiB = 64 };
        var problem = new ProblemHeader { TimeLimitMs = 1500, MemoryLimitMib = 256, Tests = { new TestCaseHeader() } };
        var plain = new RunLimits(options, problem, "java", java);
        problem.LanguageLimits.Add(new LanguageLimits { Language = "java", TimeMultiplier = 1.5 });
        var custom = new RunLimits(options, problem, "java", java);
        problem.LanguageLimits[0].MemoryAllowanceMib = 0;
        var noAllowance = new RunLimits(options, problem, "java", java);
        var other = new RunLimits(options, problem, "python", new LanguageDefinition { TimeMultiplier = 3 });
        Assert.Multiple(() =>
        {
            Assert.That(plain.Effective.TimeLimitMs, Is.EqualTo(3000));
            Assert.That(plain.CpuTime, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(plain.WallTime, Is.EqualTo(TimeSpan.FromMilliseconds(6500)));
            Assert.That(plain.Effective.MemoryLimitMib, Is.EqualTo(320));
            Assert.That(plain.JudgedMemoryBytes, Is.EqualTo(320L << 20));
            Assert.That(plain.MemoryBytes, Is.EqualTo(256L << 20), "the heap setting and stack stay the problem's own");
            Assert.That(custom.Effective.TimeLimitMs, Is.EqualTo(2250));
            Assert.That(custom.Effective.MemoryLimitMib, Is.EqualTo(320), "the allowance is the language's when the problem sets only the multiplier");
            Assert.That(noAllowance.Effective.MemoryLimitMib, Is.EqualTo(256));
            Assert.That(other.Effective.TimeLimitMs, Is.EqualTo(4500), "another language's override does not apply");
        });
    }
}
