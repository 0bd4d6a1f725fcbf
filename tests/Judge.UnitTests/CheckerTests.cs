using System.Text;
using Judge.Contracts.V1;
using Judge.Worker.Checking;

namespace Judge.UnitTests;

/// <summary>The built-in checkers, as table cases: what each accepts, what it rejects, and what its message says.</summary>
public class CheckerTests
{
    private static CheckResult Check(TextChecker checker, string expected, string actual) =>
        checker.Compare(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static bool Tokens(string expected, string actual) => new TokenChecker().Accepts(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    [TestCase("3\n", "3\n")]
    [TestCase("3\n", "3")]
    [TestCase("1 2 3\n", "1\n2\r\n3   \n\n")]
    [TestCase("a b", "\t a \t b \f")]
    [TestCase("", "")]
    [TestCase("", " \n\n")]
    public void Tokens_accept_the_same_tokens_with_any_whitespace(string expected, string actual) =>
        Assert.That(Tokens(expected, actual), Is.True);

    [TestCase("3\n", "4\n")]
    [TestCase("1 2\n", "12\n")]
    [TestCase("1 2\n", "1 2 3\n")]
    [TestCase("1 2 3\n", "1 2\n")]
    [TestCase("abc", "ABC")]
    [TestCase("3", "")]
    [TestCase("", "x")]
    public void Tokens_reject_different_tokens(string expected, string actual) =>
        Assert.That(Tokens(expected, actual), Is.False);

    [TestCase("1 2 3", "1 5 3", "token 2 differs: expected '2', got '5'")]
    [TestCase("1 2", "1 2 3", "extra output from token 3 on")]
    [TestCase("1 2", "1", "output ends before token 2")]
    public void Tokens_say_which_token_differs(string expected, string actual, string message) =>
        Assert.That(Check(new TokenChecker(), expected, actual), Is.EqualTo(CheckResult.Wrong(message)));

    [Test]
    public void Tokens_compare_bytes_so_invalid_utf8_is_handled()
    {
        byte[] output = [0xff, 0xfe, (byte)' ', 0x80];
        Assert.Multiple(() =>
        {
            Assert.That(new TokenChecker().Accepts(output, output), Is.True);
            Assert.That(new TokenChecker().Accepts(output, [0xff, 0xfe]), Is.False);
        });
    }

    [Test]
    public void Exact_requires_identical_bytes()
    {
        var exact = new ExactChecker();
        Assert.Multiple(() =>
        {
            Assert.That(exact.Accepts("3\n"u8, "3\n"u8), Is.True);
            Assert.That(exact.Accepts("3\n"u8, "3"u8), Is.False);
            Assert.That(exact.Accepts("3\n"u8, "3 \n"u8), Is.False);
        });
    }

    [TestCase("a b\nc\n", "a b\nc\n", TestName = "Lines: identical")]
    [TestCase("a b\nc\n", "a b\r\nc\r\n", TestName = "Lines: CRLF")]
    [TestCase("a b\nc\n", "a b  \t\nc \r\n", TestName = "Lines: trailing spaces and tabs")]
    [TestCase("a b\nc\n", "a b\nc", TestName = "Lines: no final newline")]
    [TestCase("a b\nc\n", "a b\nc\n\n\n  \n", TestName = "Lines: trailing blank lines in the output")]
    [TestCase("a b\nc\n\n\n", "a b\nc", TestName = "Lines: trailing blank lines in the expected output")]
    [TestCase("", "", TestName = "Lines: both empty")]
    [TestCase("", "\r\n\n", TestName = "Lines: empty expected, blank output")]
    [TestCase("a\n\nb\n", "a\n  \nb\n", TestName = "Lines: a blank line inside, with spaces")]
    public void Lines_accept(string expected, string actual) =>
        Assert.That(Check(new LinesChecker(), expected, actual).Verdict, Is.EqualTo(Verdict.Accepted));

    [TestCase("a b\nc\n", "a  b\nc\n", "line 1 differs: expected 'a b', got 'a  b'", TestName = "Lines: spaces inside a line count")]
    [TestCase("a b\nc\n", " a b\nc\n", "line 1 differs: expected 'a b', got ' a b'", TestName = "Lines: leading spaces count")]
    [TestCase("a\nb\n", "a\n\nb\n", "line 2 differs: expected 'b', got ''", TestName = "Lines: a blank line inside counts")]
    [TestCase("a\nb\n", "a\nb\nc\n", "extra output from line 3 on", TestName = "Lines: extra line")]
    [TestCase("a\nb\n", "a\n", "output ends before line 2", TestName = "Lines: missing line")]
    [TestCase("a\n", "", "output ends before line 1", TestName = "Lines: empty output")]
    [TestCase("", "x", "extra output from line 1 on", TestName = "Lines: output for an empty expected output")]
    [TestCase("a b\n", "a\nb\n", "line 1 differs: expected 'a b', got 'a'", TestName = "Lines: tokens on other lines")]
    public void Lines_reject_and_say_which_line(string expected, string actual, string message) =>
        Assert.That(Check(new LinesChecker(), expected, actual), Is.EqualTo(CheckResult.Wrong(message)));

    [TestCase("1.0", "1.000000001", 1e-9, 0, true, TestName = "Floats: absolute, exactly at the tolerance")]
    [TestCase("1.0", "0.999999999", 1e-9, 0, true, TestName = "Floats: absolute, at the tolerance below")]
    [TestCase("1.0", "1.0000000011", 1e-9, 0, false, TestName = "Floats: absolute, just beyond the tolerance")]
    [TestCase("0", "1e-9", 1e-9, 0, true, TestName = "Floats: absolute around zero")]
    [TestCase("0", "-1.1e-9", 1e-9, 0, false, TestName = "Floats: absolute around zero, beyond")]
    [TestCase("1000", "1000.001", 0, 1e-6, true, TestName = "Floats: relative, exactly at the tolerance")]
    [TestCase("1000", "1000.0011", 0, 1e-6, false, TestName = "Floats: relative, just beyond")]
    [TestCase("1e6", "1000000.5", 1e-6, 1e-6, true, TestName = "Floats: relative passes where absolute does not")]
    [TestCase("1e-12", "2e-12", 1e-9, 1e-6, true, TestName = "Floats: absolute passes where relative does not")]
    [TestCase("1", "2", 0, 0.6, false, TestName = "Floats: relative to the expected number (1), not the output (2)")]
    [TestCase("2", "1", 0, 0.6, true, TestName = "Floats: relative to the expected number (2)")]
    [TestCase("1000", "1e3", 0, 0, true, TestName = "Floats: exponent")]
    [TestCase("1000", "1E+03", 0, 0, true, TestName = "Floats: exponent with sign and capital E")]
    [TestCase("0.00125", "125e-5", 0, 0, true, TestName = "Floats: negative exponent")]
    [TestCase("1.5", "1.50", 0, 0, true, TestName = "Floats: no tolerance, equal numbers")]
    [TestCase("1.5", "+1.5", 0, 0, true, TestName = "Floats: a plus sign")]
    [TestCase(".5", "0.5", 0, 0, true, TestName = "Floats: no digits before the point")]
    [TestCase("5.", "5", 0, 0, true, TestName = "Floats: no digits after the point")]
    [TestCase("-0", "0", 0, 0, true, TestName = "Floats: negative zero")]
    [TestCase("1.5", "1.6", 0, 0, false, TestName = "Floats: no tolerance, different numbers")]
    [TestCase("yes 1.5", "yes 1.5000001", 1e-6, 0, true, TestName = "Floats: words and numbers")]
    [TestCase("yes", "YES", 1, 1, false, TestName = "Floats: words compared exactly")]
    [TestCase("nan", "nan", 0, 0, true, TestName = "Floats: nan equals itself byte for byte")]
    [TestCase("nan", "NaN", 1, 1, false, TestName = "Floats: nan compared exactly")]
    [TestCase("inf", "inf", 0, 0, true, TestName = "Floats: inf equals itself byte for byte")]
    [TestCase("inf", "Infinity", 1, 1, false, TestName = "Floats: inf compared exactly")]
    [TestCase("1e400", "inf", 1, 1, false, TestName = "Floats: an overflowing number is not inf")]
    [TestCase("5", "1e999", 1e-6, 1e-6, false, TestName = "Floats: a printed number that overflows is not within any tolerance")]
    [TestCase("5", "-1e999", 1e-6, 1e-6, false, TestName = "Floats: a printed negative number that overflows is not within any tolerance")]
    [TestCase("1", "1x", 1, 1, false, TestName = "Floats: a number against a non-number")]
    [TestCase("0x10", "16", 1, 1, false, TestName = "Floats: hexadecimal is not a number")]
    [TestCase("1,5", "1.5", 1, 1, false, TestName = "Floats: a comma is not a decimal point")]
    [TestCase("1e", "1", 1, 1, false, TestName = "Floats: an exponent without digits is not a number")]
    [TestCase("1 2", "1", 1, 1, false, TestName = "Floats: missing token")]
    [TestCase("1", "1 2", 1, 1, false, TestName = "Floats: extra token")]
    [TestCase("", "", 0, 0, true, TestName = "Floats: empty outputs")]
    [TestCase("1.0\r\n2.0\r\n", "1 2", 0, 0, true, TestName = "Floats: CRLF and other whitespace")]
    public void Floats(string expected, string actual, double absolute, double relative, bool accepted) =>
        Assert.That(Check(new FloatsChecker(absolute, relative), expected, actual).Verdict, Is.EqualTo(accepted ? Verdict.Accepted : Verdict.WrongAnswer));

    [Test]
    public void Floats_say_which_token_differs_and_by_how_much() =>
        Assert.That(Check(new FloatsChecker(1e-6, 0), "1 2.5", "1 2.6").Message,
            Is.EqualTo("token 2 differs: expected '2.5', got '2.6' (difference 0.1, tolerance 1E-06 absolute or 0 relative)"));

    [TestCase("a\nb\nc\n", "c\na\nb\n", TestName = "Unordered: another order")]
    [TestCase("a\nb\n", "b\r\na  \n\n\n", TestName = "Unordered: CRLF, trailing spaces and blank lines")]
    [TestCase("x\nx\ny\n", "x\ny\nx\n", TestName = "Unordered: duplicates in another order")]
    [TestCase("", "\n", TestName = "Unordered: empty")]
    [TestCase("1 2\n3 4\n", "3 4\n1 2\n", TestName = "Unordered: lines with spaces")]
    public void Unordered_lines_accept(string expected, string actual) =>
        Assert.That(Check(new UnorderedLinesChecker(), expected, actual).Verdict, Is.EqualTo(Verdict.Accepted));

    [TestCase("x\nx\ny\n", "x\ny\ny\n", TestName = "Unordered: a duplicate counts")]
    [TestCase("x\ny\n", "x\ny\ny\n", TestName = "Unordered: one line more")]
    [TestCase("x\ny\n", "x\n", TestName = "Unordered: one line less")]
    [TestCase("1 2\n", "1  2\n", TestName = "Unordered: spaces inside a line count")]
    [TestCase("a\nb\n", "a\nB\n", TestName = "Unordered: case counts")]
    [TestCase("a\n", "", TestName = "Unordered: empty output")]
    public void Unordered_lines_reject(string expected, string actual) =>
        Assert.That(Check(new UnorderedLinesChecker(), expected, actual).Verdict, Is.EqualTo(Verdict.WrongAnswer));

    [TestCase("a\nb\nc\n", "c\nd\na\n")]
    [TestCase("a\nb\nb\n", "b\na\na\n")]
    public void Unordered_lines_name_a_line_that_differs(string expected, string actual)
    {
        var result = Check(new UnorderedLinesChecker(), expected, actual);
        Assert.That(result.Message, Does.Match("expected line [23] \\('b'\\) is missing|line [23] of the output \\('[da]'\\) is not expected"), result.Message);
    }

    [Test]
    public void Unordered_lines_are_compared_byte_for_byte_whatever_their_hashes()
    {
        // Many distinct lines of the same length and many repeats: every run of equal hashes is checked line by line.
        var lines = Enumerable.Range(0, 5000).Select(i => $"line {i % 1000:D4}").ToList();
        var expected = string.Join('\n', lines);
        var shuffled = string.Join('\n', lines.OrderBy(l => l.GetHashCode()));
        var changed = string.Join('\n', lines.OrderBy(l => l.GetHashCode()).Select((l, i) => i == 4321 ? "line 1000" : l));
        Assert.Multiple(() =>
        {
            Assert.That(Check(new UnorderedLinesChecker(), expected, shuffled).Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(Check(new UnorderedLinesChecker(), expected, changed).Verdict, Is.EqualTo(Verdict.WrongAnswer));
        });
    }

    [TestCase("YES\n", "yes", true)]
    [TestCase("Yes no", "yEs   NO\n", true)]
    [TestCase("", "", true)]
    [TestCase("yes", "yes no", false)]
    [TestCase("yes", "yeah", false)]
    [TestCase("a[", "A{", false)] // '[' and '{' differ by 0x20 but are not letters
    [TestCase("é", "É", false)] // ASCII letters only
    [TestCase("é", "é", true)]
    public void Case_insensitive_tokens(string expected, string actual, bool accepted) =>
        Assert.That(Check(new CaseInsensitiveTokensChecker(), expected, actual).Verdict, Is.EqualTo(accepted ? Verdict.Accepted : Verdict.WrongAnswer));
}
