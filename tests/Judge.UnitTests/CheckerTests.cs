using System.Text;
using Judge.Worker.Checking;

namespace Judge.UnitTests;

public class CheckerTests
{
    private static bool Tokens(string expected, string actual) =>
        new TokenChecker().Accepts(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

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
}
