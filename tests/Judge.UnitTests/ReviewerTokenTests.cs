using Grpc.Core;
using Judge.Api.Sessions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>Reviewer tokens: signed, expiring, one session, and never interchangeable with candidate tokens (either way).</summary>
public class ReviewerTokenTests
{
    private const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private const string Session = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static IOptions<AssessmentOptions> Options(string key = Key) =>
        Microsoft.Extensions.Options.Options.Create(new AssessmentOptions { SigningKey = key });

    [Test]
    public void A_reviewer_token_names_its_session_until_it_expires()
    {
        var tokens = new ReviewerTokens(Options());
        var token = tokens.Issue(Session, Now.AddHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(token, Does.StartWith("r1." + Session + "."));
            Assert.That(tokens.Verify(token, Now), Is.EqualTo(Session));
            var expired = Assert.Throws<RpcException>(() => tokens.Verify(token, Now.AddHours(2)));
            Assert.That(expired!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
            Assert.That(expired.Status.Detail, Does.StartWith("the reviewer link expired at 2026-12-01 14:00:00Z"));
        });
    }

    [Test]
    public void A_candidate_token_is_not_a_reviewer_token_and_a_reviewer_token_is_not_a_candidate_token_even_with_the_prefix_swapped()
    {
        var candidates = new CandidateTokens(Options());
        var reviewers = new ReviewerTokens(Options());
        var candidate = candidates.Issue(Session, Now.AddHours(2));
        var reviewer = reviewers.Issue(Session, Now.AddHours(2));

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<RpcException>(() => reviewers.Verify(candidate, Now))!.Status.Detail, Is.EqualTo("the reviewer token is not valid"));
            Assert.That(Assert.Throws<RpcException>(() => reviewers.Verify("r1" + candidate[2..], Now))!.Status.Detail, Is.EqualTo("the reviewer token is not valid"));
            Assert.That(Assert.Throws<RpcException>(() => candidates.Verify(reviewer, Now))!.Status.Detail, Is.EqualTo("the candidate token is not valid"));
            Assert.That(Assert.Throws<RpcException>(() => candidates.Verify("v1" + reviewer[2..], Now))!.Status.Detail, Is.EqualTo("the candidate token is not valid"));
        });
    }

    [Test]
    public void A_reviewer_token_signed_with_another_key_or_moved_to_another_session_is_not_valid()
    {
        var token = new ReviewerTokens(Options()).Issue(Session, Now.AddHours(2));
        var other = new ReviewerTokens(Options("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="));

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<RpcException>(() => other.Verify(token, Now))!.Status.Detail, Is.EqualTo("the reviewer token is not valid"));
            Assert.That(Assert.Throws<RpcException>(() => new ReviewerTokens(Options()).Verify(token.Replace(Session, new string('f', 32)), Now))!.Status.Detail,
                Is.EqualTo("the reviewer token is not valid"));
        });
    }
}
