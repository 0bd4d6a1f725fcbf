using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;

namespace Judge.Api.Sessions;

/// <summary>
/// A signed token for one session: "{prefix}.{session id}.{expiry, unix seconds}.{HMAC-SHA256 of the first three parts,
/// base64url}". The MAC covers the prefix, so a token of one kind (keyed apart) is never a valid token of another.
/// </summary>
/// <param name="prefix">The kind's prefix ("v1" candidate, "r1" reviewer).</param>
/// <param name="key">The kind's MAC key.</param>
/// <param name="name">What messages call it: "the candidate token".</param>
/// <param name="expired">The message for an expired token, given its expiry.</param>
public abstract class SessionTokens(string prefix, byte[] key, string name, Func<DateTimeOffset, string> expired)
{
    /// <summary>A token for <paramref name="sessionId"/>, valid until <paramref name="expires"/> (whole seconds).</summary>
    public string Issue(string sessionId, DateTimeOffset expires)
    {
        var payload = $"{prefix}.{sessionId}.{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return $"{payload}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>The session id of a valid, unexpired token.</summary>
    /// <exception cref="RpcException">UNAUTHENTICATED: malformed (any decoding failure), forged, of another kind or expired, said which.</exception>
    public string Verify(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != prefix || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            throw Unauthenticated($"{name} is not valid");
        }
        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var expected = Sign($"{parts[0]}.{parts[1]}.{parts[2]}");
        // Base64Url.TryDecodeFromChars throws on a character outside the alphabet; DecodeFromChars reports it instead.
        if (parts[3].Length > Base64Url.GetEncodedLength(expected.Length)
            || Base64Url.DecodeFromChars(parts[3], presented, out _, out var length) != OperationStatus.Done || length != expected.Length
            || !CryptographicOperations.FixedTimeEquals(presented[..length], expected))
        {
            throw Unauthenticated($"{name} is not valid");
        }
        return now.ToUnixTimeSeconds() < expires
            ? parts[1]
            : throw Unauthenticated(expired(DateTimeOffset.FromUnixTimeSeconds(expires)));
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));
}
