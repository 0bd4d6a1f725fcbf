using Judge.Contracts.V1;
using Judge.Worker.Judging;
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
    public void A_failed_run_gets_its_verdict_without_checking_output(RunStatus status, Verdict verdict)
    {
        var checkerCalled = false;
        var result = Verdicts.ForRun(new ExecResult { Status = status }, () => checkerCalled = true);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(verdict));
            Assert.That(checkerCalled, Is.False);
        });
    }

    [TestCase(true, Verdict.Accepted)]
    [TestCase(false, Verdict.WrongAnswer)]
    public void A_clean_run_is_judged_by_the_checker(bool accepted, Verdict verdict) =>
        Assert.That(Verdicts.ForRun(new ExecResult { Status = RunStatus.Ok }, () => accepted), Is.EqualTo(verdict));

    [Test]
    public void Overall_verdict_is_the_first_failing_test_by_index()
    {
        TestResult[] tests =
        [
            new() { Index = 2, Verdict = Verdict.WrongAnswer },
            new() { Index = 0, Verdict = Verdict.Accepted },
            new() { Index = 1, Verdict = Verdict.TimeLimitExceeded },
        ];
        Assert.Multiple(() =>
        {
            Assert.That(Verdicts.Overall(tests), Is.EqualTo(Verdict.TimeLimitExceeded));
            Assert.That(Verdicts.Overall([new TestResult { Verdict = Verdict.Accepted }]), Is.EqualTo(Verdict.Accepted));
        });
    }

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
        var limits = new RunLimits(options, problem);
        Assert.Multiple(() =>
        {
            Assert.That(limits.WallTime, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
            Assert.That(limits.MemoryBytes, Is.EqualTo(256L << 20));
            Assert.That(limits.StdoutBytes(problem.Tests[0]), Is.EqualTo(1 << 20));
            Assert.That(limits.StdoutBytes(problem.Tests[1]), Is.EqualTo(6 << 20));
            Assert.That(limits.ContainerMemoryBytes([0, 1]), Is.EqualTo((256L + 10 + 6 + 64) << 20));
            Assert.That(limits.ContainerMemoryBytes([0]), Is.EqualTo((256L + 10 + 1 + 64) << 20));
        });
    }
}
