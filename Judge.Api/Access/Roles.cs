namespace Judge.Api.Access;

public static class Roles
{
    /// <summary>Submit, read and watch its own submissions, list languages.</summary>
    public const string Submitter = "submitter";

    /// <summary>Upload and read problems, hidden tests included in what it uploads.</summary>
    public const string ProblemAdmin = "problem-admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Submitter, ProblemAdmin };
}
