namespace Judge.Cli.Packages;

/// <summary>
/// A problem package that cannot be uploaded. The message names the file (relative to the package) and,
/// for problem.json, the field: "problem.json: groups[1].points: must be a whole number from 0 to 4294967295".
/// </summary>
public sealed class PackageException(string file, string? field, string problem)
    : Exception(field is null ? $"{file}: {problem}" : $"{file}: {field}: {problem}")
{
    /// <summary>The file, relative to the package directory.</summary>
    public string File { get; } = file;

    /// <summary>The field of problem.json, e.g. "solutions[0].expected_verdict", or null.</summary>
    public string? Field { get; } = field;
}
