using Judge.Contracts.V1;

namespace Judge.Worker.Checking;

/// <summary>The checker a problem version names: one shared instance per built-in kind.</summary>
public sealed class CheckerRegistry
{
    private readonly TokenChecker _tokens = new();
    private readonly ExactChecker _exact = new();
    private readonly LinesChecker _lines = new();
    private readonly UnorderedLinesChecker _unorderedLines = new();
    private readonly CaseInsensitiveTokensChecker _caseInsensitiveTokens = new();

    /// <summary>The checker of <paramref name="problem"/>'s version.</summary>
    /// <exception cref="NotSupportedException">A kind this worker does not run.</exception>
    public Task<IChecker> ForAsync(StoredProblem problem, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var settings = header.CheckerSettings ?? new CheckerSettings();
        IChecker checker = header.Checker switch
        {
            Checker.Unspecified or Checker.Tokens => _tokens,
            Checker.Exact => _exact,
            Checker.Lines => _lines,
            Checker.Floats => new FloatsChecker(settings.AbsoluteTolerance, settings.RelativeTolerance),
            Checker.UnorderedLines => _unorderedLines,
            Checker.TokensCaseInsensitive => _caseInsensitiveTokens,
            _ => throw new NotSupportedException($"checker {header.Checker} is not supported by this worker"),
        };
        return Task.FromResult(checker);
    }
}
