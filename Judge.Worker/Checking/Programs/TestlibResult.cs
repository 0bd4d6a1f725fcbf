using System.Globalization;
using System.Text;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Checking;

/// <summary>
/// Reads a program checker's run as testlib defines it. Exit codes: 0 ACCEPTED, 1 WRONG_ANSWER, 2 presentation error
/// (WRONG_ANSWER, message kept), 3 checker failure (INTERNAL_ERROR), 7 points: the text starts with "points X", and X
/// is taken as the fraction of the test's points, 0..1 (testlib's quitp). The text is the checker's stderr (where
/// testlib writes) or, when that is blank, its stdout; the message is what follows testlib's verdict words ("ok",
/// "wrong answer", "wrong output format", "FAIL", "points X"). Anything else (another exit code, a signal, a time or
/// memory limit, X missing or outside 0..1) is a checker failure that names the checker, never the candidate's fault.
/// </summary>
internal static class TestlibResult
{
    /// <summary>Longest message kept, in characters.</summary>
    public const int MaxMessageChars = 2000;

    /// <param name="who">How messages name the program: "the checker check.cpp", "the interactor interactor.cpp".</param>
    public static CheckResult Interpret(ExecResult run, string who, TimeSpan timeLimit, int memoryLimitMiB)
    {
        var text = Text(run);
        return run.Status switch
        {
            RunStatus.Ok => CheckResult.Accepted(After(text, "ok")),
            RunStatus.NonZeroExit => run.ExitCode switch
            {
                1 => CheckResult.Wrong(After(text, "wrong answer")),
                2 => CheckResult.Wrong(After(text, "wrong output format", "presentation error")),
                3 => CheckResult.CheckerFailed($"{who} failed (exit code 3)", After(text, "FAIL")),
                7 => Points(text, who),
                _ => CheckResult.CheckerFailed($"{who} exited with code {run.ExitCode}, which is no testlib verdict", text),
            },
            RunStatus.Signaled => CheckResult.CheckerFailed($"{who} was killed by signal {run.Signal}", text),
            RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit =>
                CheckResult.CheckerFailed($"{who} exceeded its time limit of {timeLimit.TotalSeconds:0.###} s", text),
            RunStatus.MemoryLimit => CheckResult.CheckerFailed($"{who} exceeded its memory limit of {memoryLimitMiB} MiB", text),
            RunStatus.OutputLimit => CheckResult.CheckerFailed($"{who} wrote more than its output limit"),
            _ => CheckResult.CheckerFailed($"{who} could not be run ({run.Message})"),
        };
    }

    private static CheckResult Points(string text, string who)
    {
        if (!TryAfter(text, "points", out var rest))
        {
            return CheckResult.CheckerFailed($"{who} exited with code 7 but its output does not start with \"points X\"", text);
        }
        var end = rest.IndexOfAny([' ', '\t', '\r', '\n']);
        var number = end < 0 ? rest : rest[..end];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) || !(fraction >= 0 && fraction <= 1))
        {
            return CheckResult.CheckerFailed($"{who} gave points '{Capped(number, 40)}'; a fraction of the test's points within 0..1 is expected", text);
        }
        return CheckResult.Partial(fraction, end < 0 ? "" : rest[end..].Trim());
    }

    /// <summary>The checker's words: stderr, or stdout when stderr is blank; trimmed and capped.</summary>
    private static string Text(ExecResult run)
    {
        var stderr = Encoding.UTF8.GetString(run.Stderr).Trim();
        return Capped(stderr.Length > 0 ? stderr : Encoding.UTF8.GetString(run.Stdout).Trim(), MaxMessageChars);
    }

    /// <summary>What follows the first of <paramref name="words"/> that starts the text (as whole words), or the whole text.</summary>
    private static string After(string text, params string[] words)
    {
        foreach (var word in words)
        {
            if (TryAfter(text, word, out var rest))
            {
                return rest;
            }
        }
        return text;
    }

    private static bool TryAfter(string text, string word, out string rest)
    {
        var starts = text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || char.IsWhiteSpace(text[word.Length]));
        rest = starts ? text[word.Length..].TrimStart() : text;
        return starts;
    }

    private static string Capped(string text, int limit) => text.Length <= limit ? text : text[..limit] + "...";
}
