using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Judge.Api.Access;

/// <summary>Finds the configured key a presented API key belongs to, by comparing SHA-256 hashes.</summary>
public sealed class ApiKeyRegistry
{
    private readonly (byte[] Hash, Caller Caller)[] _keys;

    public ApiKeyRegistry(IOptions<AccessOptions> options)
    {
        _keys = options.Value.Keys
            .Select(k => (Convert.FromHexString(k.Sha256), new Caller(k.Name, k.Roles.ToHashSet(StringComparer.Ordinal))))
            .ToArray();
    }

    public Caller? Authenticate(string presentedKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey), hash);
        Caller? found = null;
        // Every configured hash is compared in constant time, and the loop never stops early, so
        // the time taken says nothing about how close a guess was or which key matched.
        foreach (var (expected, caller) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                found = caller;
            }
        }
        return found;
    }
}
