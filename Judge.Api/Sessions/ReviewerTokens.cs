using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Judge.Api.Sessions;

/// <summary>
/// Reviewer tokens (Assessments.CreateReviewerLink): "r1.{session id}.{expiry, unix seconds}.{HMAC-SHA256, base64url}",
/// read-only and for one session. The MAC's key is derived from Assessments:SigningKey for reviewer tokens alone
/// (HMAC of the signing key over "judge reviewer token"), and the MAC covers the "r1" prefix: a candidate token is never
/// a valid reviewer token, nor the reverse, whatever is done to its prefix. Only the Review service reads them.
/// </summary>
public sealed class ReviewerTokens(IOptions<AssessmentOptions> options)
{
    /// <summary>The prefix every reviewer token starts with.</summary>
    public const string Version = "r1";

    private readonly byte[] _key = HMACSHA256.HashData(options.Value.SigningKeyBytes, "judge reviewer token"u8);

    /// <summary>A token for <paramref name="sessionId"/>, valid until <paramref name="expires"/> (whole seconds).</summary>
    public string Issue(string sessionId, DateTimeOffset expires)
    {
        var payload = $"{Version}.{sessionId}.{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{payload}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>The session id of a valid, unexpired reviewer token.</summary>
    /// <exception cref="RpcException">UNAUTHENTICATED: malformed (any decoding failure), forged, a candidate token, or expired, said which.</exception>
    public string Verify(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            throw Unauthenticated("the reviewer token is not valid");
        }
        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var expected = Sign($"{parts[0]}.{parts[1]}.{parts[2]}");
        if (parts[3].Length > Base64Url.GetEncodedLength(expected.Length)
            || Base64Url.DecodeFromChars(parts[3], presented, out _, out var length) != OperationStatus.Done || length != expected.Length
            || !CryptographicOperations.FixedTimeEquals(presented[..length], expected))
        {
            throw Unauthenticated("the reviewer token is not valid");
        }
        return now.ToUnixTimeSeconds() < expires
            ? parts[1]
            : throw Unauthenticated($"the reviewer link expired at {DateTimeOffset.FromUnixTimeSeconds(expires):u}; ask for a new one");
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload));

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));
}
