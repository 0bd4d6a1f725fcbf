using Judge.Domain.Functions;

namespace Judge.Worker.Checking;

/// <summary>
/// CHECKER_RETURN_VALUE for a design problem (docs/function-problems.md#design-problems): the harness's results, one per
/// call of the test's input, compared with the expected results call by call (as <see cref="ReturnValueChecker"/>
/// compares one value); the first differing call is named with its arguments: "call 4, get(1): expected 1, got -1".
/// Results missing or malformed are WRONG_ANSWER; an input or expected output that does not parse (both were checked
/// at upload) is a checker failure.
/// </summary>
public sealed class DesignChecker(DesignClass design, double absoluteTolerance, double relativeTolerance) : IChecker
{
    private readonly ValueComparison _comparison = new(absoluteTolerance, relativeTolerance);

    public async Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var input = await File.ReadAllBytesAsync(request.InputFile, cancellationToken);
        var expected = await File.ReadAllBytesAsync(request.ExpectedOutputFile, cancellationToken);
        return Compare(input, expected, request.Output.Span);
    }

    /// <summary>The verdict on the results <paramref name="actual"/> for the calls of <paramref name="input"/>.</summary>
    public CheckResult Compare(ReadOnlySpan<byte> input, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (!FunctionValues.TryParseCalls(design, input, out var calls, out var broken)
            || !FunctionValues.TryParseResults(design, calls, expected, allowNull: false, out var answers, out broken))
        {
            return CheckResult.CheckerFailed("the test's calls or expected results do not fit the class", broken);
        }
        if (actual.IsEmpty)
        {
            return CheckResult.Wrong("no results: the program ended before the calls were made");
        }
        if (!FunctionValues.TryParseResults(design, calls, actual, allowNull: true, out var results, out var error))
        {
            return CheckResult.Wrong(error.Contains(FunctionValues.InvalidUnicode, StringComparison.Ordinal)
                ? $"a method returned {error}"
                : $"the results are not what {design.Name}'s methods return: {error}");
        }
        for (var i = 1; i < calls.Count; i++)
        {
            var returns = design.Method(calls[i].Method)!.ReturnType;
            if (returns is null)
            {
                continue;
            }
            if (results[i] is null)
            {
                return CheckResult.Wrong($"call {i}, {calls[i]}: returned null (None, undefined, nil) instead of {returns.WithArticle}");
            }
            if (_comparison.FirstDifference(answers[i], results[i], "") is { } difference)
            {
                return CheckResult.Wrong($"call {i}, {calls[i]}: {difference}");
            }
        }
        return CheckResult.Accepted();
    }
}
