using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>
/// Candidate tokens: "v1.{session id}.{expiry, unix seconds}.{HMAC-SHA256 of the first three parts, base64url}",
/// signed with Assessments:SigningKey. A token names one session and expires <see cref="AssessmentOptions.MaxExtension"/> plus <see cref="AssessmentOptions.TokenGrace"/> after
/// its window closes; it is revoked by ending the session, which every call checks in Redis. It carries no role: the
/// Candidate service is the only one that reads it, and API-key services never do.
/// </summary>
public sealed class CandidateTokens(IOptions<AssessmentOptions> options)
{
    private const string Version = "v1";
    private readonly byte[] _key = options.Value.SigningKeyBytes;

    public string Issue(string sessionId, DateTimeOffset expires)
    {
        var payload = $"{Version}.{sessionId}.{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{payload}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>The session id of a valid, unexpired token.</summary>
    /// <exception cref="RpcException">UNAUTHENTICATED: malformed (any decoding failure), forged or expired, said which.</exception>
    public string Verify(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            throw Unauthenticated("the candidate token is not valid");
        }
        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var expected = Sign($"{parts[0]}.{parts[1]}.{parts[2]}");
        // Base64Url.TryDecodeFromChars throws on a character outside the alphabet; DecodeFromChars reports it instead.
        if (parts[3].Length > Base64Url.GetEncodedLength(expected.Length)
            || Base64Url.DecodeFromChars(parts[3], presented, out _, out var length) != OperationStatus.Done || length != expected.Length
            || !CryptographicOperations.FixedTimeEquals(presented[..length], expected))
        {
            throw Unauthenticated("the candidate token is not valid");
        }
        return now.ToUnixTimeSeconds() < expires
            ? parts[1]
            : throw Unauthenticated($"the candidate token expired at {DateTimeOffset.FromUnixTimeSeconds(expires):u}; the assessment is over");
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload));

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));
}
