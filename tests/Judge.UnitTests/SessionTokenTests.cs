using Grpc.Core;
using Judge.Api.Sessions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>Candidate tokens (signed, expiring, naming one session) and the statement's HTML for the IDE.</summary>
public class SessionTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static CandidateTokens Tokens(string key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=") =>
        new(Options.Create(new AssessmentOptions { SigningKey = key }));

    [Test]
    public void A_token_names_its_session_until_it_expires()
    {
        var token = Tokens().Issue("0123456789abcdef0123456789abcdef", Now.AddMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(Tokens().Verify(token, Now), Is.EqualTo("0123456789abcdef0123456789abcdef"));
            var expired = Assert.Throws<RpcException>(() => Tokens().Verify(token, Now.AddMinutes(10)));
            Assert.That(expired!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
            Assert.That(expired.Status.Detail, Does.StartWith("the candidate token expired at 2026-12-01 12:10:00Z"));
        });
    }

    [TestCase("")]
    [TestCase("v1.abc.123")]
    [TestCase("v2.0123456789abcdef0123456789abcdef.9999999999.AAAA")]
    [TestCase("v1.x.1.!")]
    [TestCase("v1.0123456789abcdef0123456789abcdef.9999999999.!!!!")]
    [TestCase("v1.0123456789abcdef0123456789abcdef.9999999999.AAAA=")]
    [TestCase("v1.0123456789abcdef0123456789abcdef.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("v1.0123456789abcdef0123456789abcdef.9999999999.éééé")]
    public void A_malformed_token_is_not_valid(string token) =>
        Assert.That(Assert.Throws<RpcException>(() => Tokens().Verify(token, Now))!.Status.Detail, Is.EqualTo("the candidate token is not valid"));

    [Test]
    public void A_token_signed_with_another_key_or_with_a_changed_expiry_is_not_valid()
    {
        var token = Tokens().Issue("0123456789abcdef0123456789abcdef", Now.AddMinutes(10));
        var parts = token.Split('.');
        var extended = $"{parts[0]}.{parts[1]}.{long.Parse(parts[2]) + 86400}.{parts[3]}";
        var otherKey = Tokens("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<RpcException>(() => Tokens().Verify(extended, Now))!.Status.Detail, Is.EqualTo("the candidate token is not valid"));
            Assert.That(Assert.Throws<RpcException>(() => otherKey.Verify(token, Now))!.Status.Detail, Is.EqualTo("the candidate token is not valid"));
        });
    }

    [Test]
    public void A_signing_key_shorter_than_32_bytes_is_refused_at_start()
    {
        var options = new AssessmentOptions { SigningKey = Convert.ToBase64String(new byte[16]) };
        var results = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();
        Assert.That(results.Single().ErrorMessage, Does.StartWith("Assessments:SigningKey must be at least 32 random bytes"));
    }

    [TestCase("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [TestCase("[x](javascript:alert(1))", "<a href=\"\">x</a>")]
    [TestCase("[x](JaVaScRiPt:alert(1))", "<a href=\"\">x</a>")]
    [TestCase("![i](data:image/png;base64,AAAA)", "<img src=\"\" alt=\"i\" />")]
    [TestCase("[x](https://example.org/a?b#c)", "<a href=\"https://example.org/a?b#c\">x</a>")]
    [TestCase("[x](#samples)", "<a href=\"#samples\">x</a>")]
    [TestCase("<javascript:alert(1)>", "<a href=\"\"></a>")]
    [TestCase("| a | b |\n|---|---|\n| 1 | 2 |", "<td>1</td>")]
    [TestCase("$a_i$ and $b_j$", "<span class=\"math\">\\(a_i\\)</span> and <span class=\"math\">\\(b_j\\)</span>")]
    [TestCase("$\\{x \\mid x \\le 10^5\\}$", "<span class=\"math\">\\(\\{x \\mid x \\le 10^5\\}\\)</span>")]
    [TestCase("$<script>$", "<span class=\"math\">\\(&lt;script&gt;\\)</span>")]
    [TestCase("$$\n\\sum_i a_i\n$$", "<div class=\"math\">")]
    [TestCase("so $$S = \\sum_i a_i$$ holds", "<span class=\"math display\">")]
    public void A_statement_renders_without_raw_html_or_unsafe_links(string markdown, string expected) =>
        Assert.That(new StatementRenderer().ToHtml(markdown), Does.Contain(expected));
}
