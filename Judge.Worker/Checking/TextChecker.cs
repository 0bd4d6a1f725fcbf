namespace Judge.Worker.Checking;

/// <summary>
/// A built-in checker: compares the program's output with the expected output byte by byte in the
/// worker. Outputs reach tens of MiB, so comparers work on spans without decoding the whole text.
/// </summary>
public abstract class TextChecker : IChecker
{
    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Compare(File.ReadAllBytes(request.ExpectedOutputFile), request.Output.Span));

    /// <summary>The verdict on <paramref name="actual"/> against <paramref name="expected"/>.</summary>
    public abstract CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual);

    /// <summary>Whether <see cref="Compare"/> accepts fully.</summary>
    public bool Accepts(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
        Compare(expected, actual).Verdict == Contracts.V1.Verdict.Accepted;
}
