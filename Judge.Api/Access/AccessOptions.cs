namespace Judge.Api.Access;

/// <summary>
/// The API keys the service accepts. Only a key's SHA-256 is configured, never the key itself:
/// <c>Access:Keys:0:Name</c>, <c>Access:Keys:0:Sha256</c> (64 hex digits), <c>Access:Keys:0:Roles:0</c>.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public List<ApiKeyOptions> Keys { get; set; } = [];
}

public sealed class ApiKeyOptions
{
    /// <summary>Who the key belongs to; stored with each submission as its owner, and logged.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the key, as hex.</summary>
    public string Sha256 { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
