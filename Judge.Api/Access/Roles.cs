namespace Judge.Api.Access;

public static class Roles
{
    /// <summary>Submit, read and watch its own submissions, list languages.</summary>
    public const string Submitter = "submitter";

    /// <summary>Upload and read problems, hidden tests included in what it uploads.</summary>
    public const string ProblemAdmin = "problem-admin";

    /// <summary>Create, end and report on assessment sessions (the screening pipeline); sees only the sessions it created.</summary>
    public const string AssessmentAdmin = "assessment-admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Submitter, ProblemAdmin, AssessmentAdmin };
}
