namespace Judge.Script;

/// <summary>What a checker script sees: the test's input, the program's output and the expected output, and helpers that make its verdict.</summary>
public sealed class CheckerGlobals(string input, string output, string answer)
{
    /// <summary>The test's input (UTF-8 text).</summary>
    public string Input { get; } = input;

    /// <summary>What the program printed (UTF-8 text).</summary>
    public string Output { get; } = output;

    /// <summary>The expected output (UTF-8 text).</summary>
    public string Answer { get; } = answer;

    /// <summary>Full points.</summary>
    public CheckerVerdict Accept(string message = "") => new(CheckerVerdictKind.Accepted, 1, message);

    /// <summary>No points (WRONG_ANSWER).</summary>
    public CheckerVerdict Wrong(string message) => new(CheckerVerdictKind.Wrong, 0, message);

    /// <summary><paramref name="fraction"/> (0..1) of the test's points; outside 0..1 the checker fails.</summary>
    public CheckerVerdict Partial(double fraction, string message) => new(CheckerVerdictKind.Partial, fraction, message);
}

public enum CheckerVerdictKind
{
    Accepted,
    Wrong,
    Partial,
}

/// <summary>A script's verdict: what it returns.</summary>
public sealed record CheckerVerdict(CheckerVerdictKind Kind, double Fraction, string Message);
