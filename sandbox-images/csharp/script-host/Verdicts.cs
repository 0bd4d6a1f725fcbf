using System.Globalization;

namespace Judge.Script;

/// <summary>A verdict written as a testlib checker writes it: the exit code, and the verdict's words then the message on stderr.</summary>
internal static class Verdicts
{
    public const int AcceptedExitCode = 0;
    public const int WrongExitCode = 1;
    public const int FailExitCode = 3;
    public const int PointsExitCode = 7;

    public static int Report(CheckerVerdict? verdict, TextWriter error)
    {
        switch (verdict)
        {
            case null:
                return Fail("the script returned no verdict (end it with: return Accept(), Wrong(message) or Partial(fraction, message);)", error);
            case { Kind: CheckerVerdictKind.Accepted }:
                error.WriteLine(Line("ok", verdict.Message));
                return AcceptedExitCode;
            case { Kind: CheckerVerdictKind.Wrong }:
                error.WriteLine(Line("wrong answer", verdict.Message));
                return WrongExitCode;
            case { Kind: CheckerVerdictKind.Partial, Fraction: >= 0 and <= 1 }:
                error.WriteLine(Line("points " + verdict.Fraction.ToString("R", CultureInfo.InvariantCulture), verdict.Message));
                return PointsExitCode;
            default:
                return Fail($"Partial({verdict.Fraction.ToString(CultureInfo.InvariantCulture)}, ...): the fraction must be within 0..1", error);
        }
    }

    public static int Fail(string message, TextWriter error)
    {
        error.WriteLine(Line("FAIL", message));
        return FailExitCode;
    }

    private static string Line(string words, string message) => message.Length == 0 ? words : $"{words} {message}";
}
