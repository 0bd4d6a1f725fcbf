using Judge.Contracts.V1;

namespace Judge.Cli.Packages;

/// <summary>One test of a package: its name (the file name without .in), its input and its expected output (null: an interactive test without an answer file).</summary>
public sealed record PackageTest(string Name, string InputPath, string? ExpectedOutputPath)
{
    /// <summary>The expected output's bytes; none when the test has no answer file.</summary>
    public byte[] ReadExpectedOutput() => ExpectedOutputPath is null ? [] : File.ReadAllBytes(ExpectedOutputPath);
}

/// <summary>
/// A problem package read from its directory (format: docs/problem-package.md): the PutProblem header, with the
/// statement, checker files and solutions' sources in it, and the test files in test-index order.
/// </summary>
public sealed record ProblemPackage(ProblemHeader Header, IReadOnlyList<PackageTest> Tests)
{
    /// <summary>
    /// Reads and checks the package in <paramref name="directory"/>. Throws <see cref="PackageException"/> naming the
    /// file and field of the first problem found: a missing file, a field of the wrong type or unknown, an unknown
    /// checker kind, scoring or verdict, a test name that matches no test. The API validates the rest.
    /// </summary>
    public static ProblemPackage Read(string directory) => new PackageReader(directory).Read();
}
