using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>
/// Candidate tokens: <see cref="SessionTokens"/> with the prefix "v1", signed with Assessments:SigningKey. A token names
/// one session and expires <see cref="AssessmentOptions.MaxExtension"/> plus <see cref="AssessmentOptions.TokenGrace"/>
/// after its window closes; it is revoked by ending the session, which every call checks in Redis. It carries no role:
/// the Candidate service is the only one that reads it, and API-key services never do.
/// </summary>
public sealed class CandidateTokens(IOptions<AssessmentOptions> options)
    : SessionTokens("v1", options.Value.SigningKeyBytes, "the candidate token",
        expires => $"the candidate token expired at {expires:u}; the assessment is over");
