using System.Globalization;

namespace Judge.Worker.Checking;

/// <summary>
/// Whitespace-separated tokens (CHECKER_FLOATS); a token that is a decimal number in both outputs passes when
/// |a - b| &lt;= <see cref="AbsoluteTolerance"/> or |a - b| &lt;= <see cref="RelativeTolerance"/> x |b|, b the
/// expected number. A number is [+-]digits[.digits][(e|E)[+-]digits] (digits may be missing on one side of the
/// point); any other token ("nan", "inf", "0x1f", "yes") must match byte for byte. Both tolerances 0 means equal
/// numbers ("1.50" passes for "1.5"). A difference written exactly at a tolerance passes although its binary value
/// is a little off: a slack of a few units in the last place of the larger operand is allowed (as testlib does).
/// Numbers are parsed from the bytes, with no allocation per token.
/// </summary>
public sealed class FloatsChecker(double absoluteTolerance, double relativeTolerance) : TextChecker
{
    /// <summary>Relative slack of the comparison: about 4.5 units in the last place of a double.</summary>
    private const double RoundingSlack = 1e-15;

    public double AbsoluteTolerance { get; } = absoluteTolerance;

    public double RelativeTolerance { get; } = relativeTolerance;

    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
        TokenComparison.Compare(expected, actual, new WithinTolerance(AbsoluteTolerance, RelativeTolerance));

    /// <summary>Whether <paramref name="token"/> is a plain decimal number (no nan, inf, hex or thousands separators).</summary>
    internal static bool IsNumber(ReadOnlySpan<byte> token)
    {
        var i = 0;
        if (i < token.Length && token[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }
        var digits = Digits(token, ref i);
        if (i < token.Length && token[i] == (byte)'.')
        {
            i++;
            digits += Digits(token, ref i);
        }
        if (digits == 0)
        {
            return false;
        }
        if (i < token.Length && token[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < token.Length && token[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
            if (Digits(token, ref i) == 0)
            {
                return false;
            }
        }
        return i == token.Length;
    }

    private static int Digits(ReadOnlySpan<byte> token, ref int i)
    {
        var start = i;
        while (i < token.Length && char.IsAsciiDigit((char)token[i]))
        {
            i++;
        }
        return i - start;
    }

    /// <summary>A finite number: one that overflows a double (1e999, which reads as infinity) is compared byte for byte, or
    /// its infinite slack would take any expected value.</summary>
    private static bool TryNumber(ReadOnlySpan<byte> token, out double value)
    {
        value = 0;
        return IsNumber(token) && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Whether <paramref name="actual"/> is within the tolerances of <paramref name="expected"/> (with the rounding slack above).</summary>
    internal static bool Close(double expected, double actual, double absolute, double relative)
    {
        if (expected == actual)
        {
            return true;
        }
        var difference = Math.Abs(actual - expected);
        var slack = Math.Max(Math.Abs(actual), Math.Abs(expected)) * RoundingSlack;
        return difference <= absolute + slack || difference <= relative * Math.Abs(expected) + slack;
    }

    private readonly struct WithinTolerance(double absolute, double relative) : ITokenRule
    {
        public bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
        {
            if (expected.SequenceEqual(actual))
            {
                return true;
            }
            if (!TryNumber(expected, out var b) || !TryNumber(actual, out var a))
            {
                return false;
            }
            return Close(b, a, absolute, relative);
        }

        public string Why(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
            TryNumber(expected, out var b) && TryNumber(actual, out var a)
                ? $"difference {Math.Abs(a - b).ToString("G6", CultureInfo.InvariantCulture)}, tolerance {absolute.ToString("G6", CultureInfo.InvariantCulture)} absolute or {relative.ToString("G6", CultureInfo.InvariantCulture)} relative"
                : "";
    }
}
