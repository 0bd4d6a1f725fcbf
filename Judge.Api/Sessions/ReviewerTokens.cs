using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>
/// Reviewer tokens (Assessments.CreateReviewerLink): <see cref="SessionTokens"/> with the prefix "r1", read-only and for
/// one session. The MAC's key is derived from Assessments:SigningKey for reviewer tokens alone (HMAC of the signing key
/// over "judge reviewer token"), and the MAC covers the prefix: a candidate token is never a valid reviewer token, nor
/// the reverse, whatever is done to its prefix. Only the Review service reads them.
/// </summary>
public sealed class ReviewerTokens(IOptions<AssessmentOptions> options)
    : SessionTokens(Version, HMACSHA256.HashData(options.Value.SigningKeyBytes, "judge reviewer token"u8), "the reviewer token",
        expires => $"the reviewer link expired at {expires:u}; ask for a new one")
{
    /// <summary>The prefix every reviewer token starts with.</summary>
    public const string Version = "r1";
}
