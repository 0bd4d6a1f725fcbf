using System.Text;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Judging;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

/// <summary>
/// Who decides an interactive test (docs/interactive-problems.md): the cases other judges got wrong, each from how the
/// program and the interactor ended and which ended first (a logical clock: EndedAtNs).
/// </summary>
public class InteractionVerdictTests
{
    private static ExecResult Run(RunStatus status, long endedAtNs, int exitCode = 0, int signal = 0, string stderr = "") => new()
    {
        Status = status,
        ExitCode = exitCode,
        Signal = signal,
        EndedAtNs = endedAtNs,
        Stderr = Encoding.UTF8.GetBytes(stderr),
    };

    private static (InteractionDecider Decider, CheckResult Interactor) Decide(ExecResult program, ExecResult interactor) =>
        InteractionVerdict.Decide(program, interactor, TestlibResult.Interpret(interactor, "the interactor interactor.cpp", TimeSpan.FromSeconds(2), 256));

    [Test]
    public void A_wrong_answer_from_the_interactor_wins_when_it_ends_first_even_if_the_program_then_dies_of_SIGPIPE()
    {
        var (decider, judged) = Decide(
            Run(RunStatus.Signaled, 200, exitCode: -1, signal: InteractionVerdict.BrokenPipeSignal),
            Run(RunStatus.NonZeroExit, 100, exitCode: 1, stderr: "wrong answer more than 30 queries"));

        Assert.That((decider, judged.Verdict, judged.Message), Is.EqualTo((InteractionDecider.Interactor, Verdict.WrongAnswer, "more than 30 queries")));
    }

    [Test]
    public void A_wrong_answer_from_the_interactor_wins_over_a_program_stopped_by_the_wall_clock_after_it()
    {
        var (decider, judged) = Decide(Run(RunStatus.WallTimeLimit, 300), Run(RunStatus.NonZeroExit, 100, exitCode: 1, stderr: "wrong answer 5 is not 7"));

        Assert.That((decider, judged.Verdict), Is.EqualTo((InteractionDecider.Interactor, Verdict.WrongAnswer)));
    }

    [TestCase(RunStatus.WallTimeLimit, TestName = "Interactive: a program stopped by the wall clock first is TLE though the interactor then sees the end of its input")]
    [TestCase(RunStatus.CpuTimeLimit, TestName = "Interactive: a program stopped for CPU time first is TLE though the interactor then sees the end of its input")]
    [TestCase(RunStatus.MemoryLimit, TestName = "Interactive: a program stopped for memory first is MLE though the interactor then sees the end of its input")]
    public void A_program_stopped_for_a_limit_first_gets_that_verdict_though_the_interactor_then_says_wrong_answer(RunStatus stopped)
    {
        var (decider, _) = Decide(Run(stopped, 100), Run(RunStatus.NonZeroExit, 200, exitCode: 2, stderr: "wrong output format Unexpected end of file"));

        Assert.That(decider, Is.EqualTo(InteractionDecider.Program));
    }

    [TestCase(RunStatus.NonZeroExit, 1, 0, 100, TestName = "Interactive: a program that exits 1 reading past the end, reaped before the interactor, is the interactor's WA")]
    [TestCase(RunStatus.NonZeroExit, 1, 0, 300, TestName = "Interactive: a program that exits 1 after the interactor's WA is the interactor's WA")]
    [TestCase(RunStatus.Signaled, -1, 11, 100, TestName = "Interactive: a program that crashes mid-dialogue is judged by what the interactor saw")]
    public void What_the_interactor_saw_decides_when_the_program_ended_on_its_own(RunStatus status, int exitCode, int signal, long programEndedAtNs)
    {
        var (decider, judged) = Decide(Run(status, programEndedAtNs, exitCode, signal), Run(RunStatus.NonZeroExit, 200, exitCode: 1, stderr: "wrong answer the program ended before guessing"));

        Assert.That((decider, judged.Verdict), Is.EqualTo((InteractionDecider.Interactor, Verdict.WrongAnswer)));
    }

    [Test]
    public void A_program_that_stops_reading_and_is_stopped_first_is_its_own_fault_when_the_blocked_interactor_then_dies_of_SIGPIPE()
    {
        var (decider, _) = Decide(Run(RunStatus.WallTimeLimit, 100), Run(RunStatus.Signaled, 200, exitCode: -1, signal: InteractionVerdict.BrokenPipeSignal));

        Assert.That(decider, Is.EqualTo(InteractionDecider.Program));
    }

    [Test]
    public void A_program_that_exits_while_the_interactor_still_writes_to_it_is_a_wrong_answer()
    {
        var (decider, judged) = Decide(Run(RunStatus.Ok, 100), Run(RunStatus.Signaled, 200, exitCode: -1, signal: InteractionVerdict.BrokenPipeSignal));

        Assert.That((decider, judged.Verdict, judged.Failure), Is.EqualTo((InteractionDecider.Interactor, Verdict.WrongAnswer, (string?)null)));
    }

    [TestCase(RunStatus.NonZeroExit, 3, 0, "FAIL the input is broken", "the interactor interactor.cpp failed (exit code 3)", TestName = "Interactive: an interactor that exits 3 is INTERNAL_ERROR naming it")]
    [TestCase(RunStatus.Signaled, -1, 11, "", "the interactor interactor.cpp was killed by signal 11", TestName = "Interactive: an interactor that crashes is INTERNAL_ERROR naming it")]
    [TestCase(RunStatus.CpuTimeLimit, -1, 9, "", "the interactor interactor.cpp exceeded its time limit of 2 s", TestName = "Interactive: an interactor that hangs (CPU) is INTERNAL_ERROR naming it")]
    [TestCase(RunStatus.WallTimeLimit, -1, 9, "", "the interactor interactor.cpp exceeded its time limit of 2 s", TestName = "Interactive: an interactor that hangs (wall clock) is INTERNAL_ERROR naming it")]
    [TestCase(RunStatus.NonZeroExit, 5, 0, "", "the interactor interactor.cpp exited with code 5, which is no testlib verdict", TestName = "Interactive: an interactor exit code testlib does not know is INTERNAL_ERROR")]
    public void An_interactor_that_fails_is_an_internal_error_naming_it_whatever_the_program_did(RunStatus status, int exitCode, int signal, string stderr, string failure)
    {
        foreach (var program in new[] { Run(RunStatus.WallTimeLimit, 100), Run(RunStatus.Ok, 300), Run(RunStatus.Signaled, 100, exitCode: -1, signal: 13) })
        {
            var (decider, judged) = Decide(program, Run(status, 200, exitCode, signal, stderr));

            Assert.That((decider, judged.Verdict, judged.Failure), Is.EqualTo((InteractionDecider.Interactor, Verdict.InternalError, failure)), program.Status.ToString());
        }
    }

    [Test]
    public void A_program_that_fails_after_the_interactor_accepted_gets_its_own_verdict()
    {
        var (decider, _) = Decide(Run(RunStatus.CpuTimeLimit, 300), Run(RunStatus.Ok, 100, stderr: "ok found in 12 queries"));

        Assert.That(decider, Is.EqualTo(InteractionDecider.Program));
    }

    [Test]
    public void Points_from_the_interactor_decide_when_the_program_ended_well()
    {
        var (decider, judged) = Decide(Run(RunStatus.Ok, 100), Run(RunStatus.NonZeroExit, 200, exitCode: 7, stderr: "points 0.5 half the queries"));

        Assert.That((decider, judged.Verdict, judged.Fraction), Is.EqualTo((InteractionDecider.Interactor, Verdict.Partial, 0.5)));
    }

    [Test]
    public void Both_ending_well_with_the_interactor_accepting_leaves_it_to_the_checker_of_tout()
    {
        var (decider, judged) = Decide(Run(RunStatus.Ok, 100), Run(RunStatus.Ok, 200, stderr: "ok"));

        Assert.That((decider, judged.Verdict), Is.EqualTo((InteractionDecider.ToutChecker, Verdict.Accepted)));
    }

    [Test]
    public void A_program_stopped_by_the_wall_clock_is_told_it_was_waiting_and_asked_whether_it_flushed()
    {
        var message = InteractionVerdict.WallClockStop(Run(RunStatus.WallTimeLimit, 100) with { WallTime = TimeSpan.FromMilliseconds(4000), CpuTime = TimeSpan.FromMilliseconds(3) });

        Assert.That(message, Does.StartWith("stopped by the wall clock after 4000 ms, with 3 ms of CPU time").And.Contains("Did it flush its output after each query?"));
    }
}
