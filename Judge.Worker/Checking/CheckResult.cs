using Judge.Contracts.V1;

namespace Judge.Worker.Checking;

/// <summary>
/// A checker's answer: ACCEPTED (fraction 1), WRONG_ANSWER (0), PARTIAL (0 &lt; fraction &lt; 1), or
/// INTERNAL_ERROR when the checker itself failed (never the candidate's fault). The message is for
/// people; it is shown on sample tests and custom input only.
/// </summary>
public sealed record CheckResult(Verdict Verdict, double Fraction, string Message)
{
    public static CheckResult Accepted(string message = "") => new(Verdict.Accepted, 1, message);

    public static CheckResult Wrong(string message) => new(Verdict.WrongAnswer, 0, message);

    /// <summary>PARTIAL with <paramref name="fraction"/> of the points; 0 is WRONG_ANSWER and 1 ACCEPTED.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not within 0..1.</exception>
    public static CheckResult Partial(double fraction, string message)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "a fraction of the points is within 0..1");
        }
        return fraction switch
        {
            0 => Wrong(message),
            1 => Accepted(message),
            _ => new CheckResult(Verdict.Partial, fraction, message),
        };
    }

    public static CheckResult CheckerFailed(string message) => new(Verdict.InternalError, 0, message);
}
