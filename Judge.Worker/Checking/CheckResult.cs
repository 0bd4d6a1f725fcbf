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

    /// <summary>
    /// INTERNAL_ERROR: the checker itself failed, never the candidate's fault. <paramref name="summary"/> names the checker
    /// and how it failed, and holds no test data, so it may be shown for any test (<see cref="Failure"/>);
    /// <paramref name="details"/> is what the checker said, kept in the message (shown on sample tests only).
    /// </summary>
    public static CheckResult CheckerFailed(string summary, string details = "") =>
        new(Verdict.InternalError, 0, details.Length == 0 ? summary : $"{summary}: {details}") { Failure = summary };

    /// <summary>For a checker failure: which checker failed and how, without any test data.</summary>
    public string? Failure { get; init; }
}
