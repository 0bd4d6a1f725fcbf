using Judge.Domain.Functions;

namespace Judge.Worker.Checking;

/// <summary>
/// CHECKER_RETURN_VALUE: a function-style problem's return value (the JSON the harness wrote) compared by value with the
/// expected output (docs/function-problems.md): integers, strings and booleans exactly; doubles within the tolerances
/// (<see cref="FloatsChecker.Close"/>; both 0: equal, with the rounding slack); arrays element by element, or, with
/// <paramref name="anyOrder"/>, as multisets at the top level. A missing, null or malformed return value is WRONG_ANSWER
/// with a message saying which; an expected output that does not parse (it was checked at upload) is a checker failure.
/// </summary>
public sealed class ReturnValueChecker(SignatureType type, bool anyOrder, double absoluteTolerance, double relativeTolerance) : TextChecker
{
    private readonly ValueComparison _comparison = new(absoluteTolerance, relativeTolerance);

    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (!FunctionValues.TryParse(type, expected, allowNull: false, out var answer, out var broken))
        {
            return CheckResult.CheckerFailed("the expected output is not a return value of the signature", broken);
        }
        if (actual.IsEmpty)
        {
            return CheckResult.Wrong("no return value: the program ended before the function returned");
        }
        if (!FunctionValues.TryParse(type, actual, allowNull: true, out var returned, out var error))
        {
            return CheckResult.Wrong($"the return value is not {WithArticle(type)}: {error}");
        }
        if (returned is null)
        {
            return CheckResult.Wrong($"the function returned null (None, undefined, nil) instead of {WithArticle(type)}");
        }
        if (anyOrder && type.IsArray)
        {
            answer = _comparison.Sorted((Array)answer!);
            returned = _comparison.Sorted((Array)returned);
        }
        var difference = _comparison.FirstDifference(answer, returned, "");
        return difference is null
            ? CheckResult.Accepted()
            : CheckResult.Wrong((anyOrder && type.IsArray ? "in sorted order, " : "") + difference);
    }

    /// <summary>"an int[]", "a string".</summary>
    private static string WithArticle(SignatureType type) => (type.Scalar == ScalarType.Int ? "an " : "a ") + type;
}
