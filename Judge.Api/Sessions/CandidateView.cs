using Judge.Contracts.V1;

namespace Judge.Api.Sessions;

/// <summary>
/// What the Candidate service shows of a submission (docs/security.md, "What a candidate sees"). A sample test, and a
/// custom-input RUN's case, show everything: the candidate knows their input. A hidden test shows its index, group,
/// verdict, points and fraction, its CPU time rounded up to <see cref="TimeStepMs"/> and its peak memory rounded up to
/// <see cref="MemoryStepKib"/>; never its wall time, exit code, signal, output, error output or checker message, and it
/// is not streamed as it finishes (its arrival time would be its wall time) but arrives with the final state. A
/// program can make any figure a function of the hidden input (exit with stdin[K], sleep or allocate in proportion to
/// it); exact figures would hand it a byte of every hidden test per SUBMIT, coarse ones a few bits, as the verdict does.
/// An INTERNAL_ERROR's message, which may quote problem code (a checker's compiler), is replaced by <see cref="InternalErrorMessage"/>.
/// </summary>
public static class CandidateView
{
    /// <summary>Hidden tests' CPU time is shown in steps of this many ms, rounded up.</summary>
    public const uint TimeStepMs = 100;

    /// <summary>Hidden tests' peak memory is shown in steps of this many KiB (16 MiB), rounded up.</summary>
    public const ulong MemoryStepKib = 16 * 1024;

    /// <summary>What a candidate reads in place of an INTERNAL_ERROR's message.</summary>
    public const string InternalErrorMessage = "the judge could not finish judging this submission; this is not your fault";

    /// <summary>
    /// A copy of <paramref name="submission"/> with every hidden test reduced to what a candidate may see. Until it is
    /// finished, hidden tests are left out altogether: polled, their arrival would give each one's wall time, which a
    /// hidden test is never streamed for either.
    /// </summary>
    public static Submission Of(Submission submission)
    {
        var copy = submission.Clone();
        if (copy.Status != SubmissionStatus.Finished)
        {
            var visible = copy.Tests.Where(IsVisible).ToList();
            copy.Tests.Clear();
            copy.Tests.Add(visible);
        }
        if (copy.Verdict == Verdict.InternalError && copy.Message.Length > 0)
        {
            copy.Message = InternalErrorMessage;
        }
        for (var i = 0; i < copy.Tests.Count; i++)
        {
            copy.Tests[i] = Of(copy.Tests[i]);
        }
        return copy;
    }

    /// <summary>The event as a candidate may see it (its final state reduced as above), or null for a hidden test's event.</summary>
    public static SubmissionEvent? Of(SubmissionEvent change) => change.EventCase switch
    {
        SubmissionEvent.EventOneofCase.Test => IsVisible(change.Test) ? change : null,
        SubmissionEvent.EventOneofCase.Final => new SubmissionEvent { Final = Of(change.Final) },
        _ => change,
    };

    private static bool IsVisible(TestResult test) => test.Sample || test.Custom;

    /// <summary>A sample or custom test as it is; a hidden test reduced to its verdict, points and coarse figures.</summary>
    public static TestResult Of(TestResult test) => IsVisible(test)
        ? test
        : new TestResult
        {
            Index = test.Index,
            Group = test.Group,
            Verdict = test.Verdict,
            Points = test.Points,
            ScoreFraction = test.ScoreFraction,
            CpuTimeMs = RoundUp(test.CpuTimeMs, TimeStepMs),
            PeakMemoryKib = RoundUp(test.PeakMemoryKib, MemoryStepKib),
        };

    private static uint RoundUp(uint value, uint step) => (uint)RoundUp((ulong)value, (ulong)step);

    private static ulong RoundUp(ulong value, ulong step) => (value + step - 1) / step * step;
}
