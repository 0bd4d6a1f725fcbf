using Judge.Domain.Functions;

namespace Judge.Worker.Checking;

/// <summary>
/// CHECKER_RETURN_VALUE: a function-style problem's judged value (the JSON the harness wrote: the return value, or a
/// void function's in-place argument after the call) compared by value with the expected output
/// (docs/function-problems.md): integers, strings, chars and booleans exactly; doubles within the tolerances
/// (<see cref="FloatsChecker.Close"/>; both 0: equal, with the rounding slack; NaN equals NaN, an infinity only
/// itself); arrays element by element, the top <paramref name="anyOrderDepth"/> levels as multisets. A missing, null
/// or malformed value (invalid Unicode included) is WRONG_ANSWER with a message saying which; an expected output that
/// does not parse (it was checked at upload) is a checker failure.
/// </summary>
public sealed class ReturnValueChecker(SignatureType type, int anyOrderDepth, double absoluteTolerance, double relativeTolerance) : TextChecker
{
    private readonly ValueComparison _comparison = new(absoluteTolerance, relativeTolerance);

    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (!FunctionValues.TryParse(type, expected, allowNull: false, out var answer, out var broken, allowNonFinite: true))
        {
            return CheckResult.CheckerFailed("the expected output is not a return value of the signature", broken);
        }
        if (actual.IsEmpty)
        {
            return CheckResult.Wrong("no return value: the program ended before the function returned");
        }
        if (!FunctionValues.TryParse(type, actual, allowNull: true, out var returned, out var error, allowNonFinite: true))
        {
            return CheckResult.Wrong(error.StartsWith(FunctionValues.InvalidUnicode, StringComparison.Ordinal)
                ? $"the function returned {error}"
                : $"the return value is not {type.WithArticle}: {error}");
        }
        if (returned is null)
        {
            return CheckResult.Wrong($"the function returned null (None, undefined, nil) instead of {type.WithArticle}");
        }
        var depth = Math.Min(anyOrderDepth, type.Dimensions);
        if (depth > 0)
        {
            answer = _comparison.Sorted((Array)answer!, depth);
            returned = _comparison.Sorted((Array)returned, depth);
        }
        var difference = _comparison.FirstDifference(answer, returned, "");
        return difference is null
            ? CheckResult.Accepted()
            : CheckResult.Wrong((depth > 0 ? "in sorted order, " : "") + difference);
    }
}
