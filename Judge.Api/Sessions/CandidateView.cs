using Judge.Contracts.V1;

namespace Judge.Api.Sessions;

/// <summary>
/// What the Candidate service shows of a submission (docs/security.md, "What a candidate sees"). A sample test, and a
/// custom-input RUN's case, show everything: the candidate knows their input. A hidden test shows its index, group,
/// verdict, points and fraction, and its CPU and wall time rounded up to <see cref="TimeStepMs"/> and its peak memory
/// rounded up to <see cref="MemoryStepKib"/>; never its exit code, signal, output, error output or checker message. A
/// program can make any figure a function of the hidden input (exit with stdin[K], sleep or allocate in proportion to
/// it); exact figures would hand it a byte of every hidden test per SUBMIT, coarse ones a few bits, as the verdict does.
/// </summary>
public static class CandidateView
{
    /// <summary>Hidden tests' CPU and wall time are shown in steps of this many ms, rounded up.</summary>
    public const uint TimeStepMs = 100;

    /// <summary>Hidden tests' peak memory is shown in steps of this many KiB (16 MiB), rounded up.</summary>
    public const ulong MemoryStepKib = 16 * 1024;

    /// <summary>A copy of <paramref name="submission"/> with every hidden test reduced to what a candidate may see.</summary>
    public static Submission Of(Submission submission)
    {
        var copy = submission.Clone();
        for (var i = 0; i < copy.Tests.Count; i++)
        {
            copy.Tests[i] = Of(copy.Tests[i]);
        }
        return copy;
    }

    /// <summary>The event as a candidate may see it (its test or final state reduced as above).</summary>
    public static SubmissionEvent Of(SubmissionEvent change) => change.EventCase switch
    {
        SubmissionEvent.EventOneofCase.Test => new SubmissionEvent { Test = Of(change.Test) },
        SubmissionEvent.EventOneofCase.Final => new SubmissionEvent { Final = Of(change.Final) },
        _ => change,
    };

    /// <summary>A sample or custom test as it is; a hidden test reduced to its verdict, points and coarse figures.</summary>
    public static TestResult Of(TestResult test) => test.Sample || test.Custom
        ? test
        : new TestResult
        {
            Index = test.Index,
            Group = test.Group,
            Verdict = test.Verdict,
            Points = test.Points,
            ScoreFraction = test.ScoreFraction,
            CpuTimeMs = RoundUp(test.CpuTimeMs, TimeStepMs),
            WallTimeMs = RoundUp(test.WallTimeMs, TimeStepMs),
            PeakMemoryKib = RoundUp(test.PeakMemoryKib, MemoryStepKib),
        };

    private static uint RoundUp(uint value, uint step) => (uint)RoundUp((ulong)value, step);

    private static ulong RoundUp(ulong value, ulong step) => (value + step - 1) / step * step;
}
