using Judge.Worker.Checking;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>Who gives an interactive test's verdict (<see cref="InteractionVerdict.Decide"/>).</summary>
internal enum InteractionDecider
{
    /// <summary>The program's own failed run (TIME_LIMIT_EXCEEDED, RUNTIME_ERROR, ...).</summary>
    Program,

    /// <summary>The interactor's verdict as given (WRONG_ANSWER, PARTIAL, or INTERNAL_ERROR naming the interactor).</summary>
    Interactor,

    /// <summary>Both ended well and the interactor accepted: the problem's checker judges its tout, if it has one.</summary>
    ToutChecker,
}

/// <summary>
/// The verdict rules of an interactive test (docs/interactive-problems.md), from how the program and the interactor
/// ended. They are the rules other judges got wrong (Kattis problemtools#77 and #120, judgels#501, ejudge#427 and #73,
/// oioioi#287, DOMjudge#465), and each is decided by cause, never by a race between two exits:
/// <list type="number">
/// <item>An interactor that failed (crashed, exceeded its limits, exited 3 or with a code testlib does not know, could not
/// be run) is INTERNAL_ERROR naming it, never the program's fault; except a SIGPIPE, which the program caused by ending
/// (or closing its input) while the interactor still wrote: the program's failure then, or WRONG_ANSWER.</item>
/// <item>A program the runner stopped for a limit (time, memory, output) before the interactor ended gets that verdict:
/// the interactor's "unexpected end of file" after it is the stop's doing. Which ended first is
/// <see cref="ExecResult.EndedAtNs"/>, one clock for both containers, and the stop's instant is the runner's own.</item>
/// <item>Otherwise an interactor that did not accept decides (WRONG_ANSWER, PARTIAL), whatever the program did meanwhile:
/// died of SIGPIPE or read past the end after the interactor's verdict, or crashed, which the interactor saw as the end of
/// its input. Which of two exits came first is not asked: a process's pipes close before its parent can reap it, so the
/// program can be reaped first though the interactor ended first.</item>
/// <item>A program that failed although the interactor accepted gets its own verdict.</item>
/// <item>Otherwise the problem's checker judges the interactor's tout (none: the interactor's ACCEPTED).</item>
/// </list>
/// </summary>
internal static class InteractionVerdict
{
    /// <summary>SIGPIPE: a write to a pipe whose reader is gone.</summary>
    public const int BrokenPipeSignal = 13;

    /// <param name="program">The program's run.</param>
    /// <param name="interactor">The interactor's run.</param>
    /// <param name="interactorVerdict">The interactor's run read as testlib's (<see cref="TestlibResult"/>).</param>
    /// <returns>Who decides, and the interactor's verdict (a SIGPIPE that is the program's doing turned into WRONG_ANSWER).</returns>
    public static (InteractionDecider Decider, CheckResult Interactor) Decide(ExecResult program, ExecResult interactor, CheckResult interactorVerdict)
    {
        var programFailed = program.Status != RunStatus.Ok;
        if (interactor.Status == RunStatus.Signaled && interactor.Signal == BrokenPipeSignal)
        {
            return programFailed
                ? (InteractionDecider.Program, interactorVerdict)
                : (InteractionDecider.Interactor, CheckResult.Wrong("the program ended (or closed its input) while the interactor was still writing to it"));
        }
        if (interactorVerdict.Failure is not null)
        {
            return (InteractionDecider.Interactor, interactorVerdict);
        }
        var stoppedFirst = program.Status is RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit or RunStatus.MemoryLimit or RunStatus.OutputLimit &&
            program.EndedAtNs <= interactor.EndedAtNs;
        if (stoppedFirst)
        {
            return (InteractionDecider.Program, interactorVerdict);
        }
        if (interactorVerdict.Verdict != Judge.Contracts.V1.Verdict.Accepted)
        {
            return (InteractionDecider.Interactor, interactorVerdict);
        }
        return (programFailed ? InteractionDecider.Program : InteractionDecider.ToutChecker, interactorVerdict);
    }

    /// <summary>
    /// For a program the wall clock stopped in an interactive test: it was waiting (for an answer to a query it had not
    /// flushed, most often), with its CPU time; "" for any other run.
    /// </summary>
    public static string WallClockStop(ExecResult program) => program.Status == RunStatus.WallTimeLimit && !program.Starved
        ? $"stopped by the wall clock after {Verdicts.Milliseconds(program.WallTime)} ms, with {Verdicts.Milliseconds(program.CpuTime)} ms of CPU time: " +
          "the program was waiting for input for the rest. Did it flush its output after each query? The interactor answers only what it has received."
        : "";
}
