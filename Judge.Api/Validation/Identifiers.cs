using System.Text.RegularExpressions;

namespace Judge.Api.Validation;

public static partial class Identifiers
{
    public const string ProblemIdRule = "1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit";

    public static bool IsProblemId(string value) => ProblemId().IsMatch(value);

    public static bool IsLanguageId(string value) => LanguageId().IsMatch(value);

    /// <summary>Submission ids are 32 lowercase hex digits (a GUID without dashes).</summary>
    public static bool IsSubmissionId(string value) => SubmissionId().IsMatch(value);

    public static bool IsIdempotencyKey(string value) => IdempotencyKey().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ProblemId();

    [GeneratedRegex("^[a-z0-9_+-]{1,32}$")]
    private static partial Regex LanguageId();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex SubmissionId();

    [GeneratedRegex("^[\\x21-\\x7E]{1,128}$")]
    private static partial Regex IdempotencyKey();
}
