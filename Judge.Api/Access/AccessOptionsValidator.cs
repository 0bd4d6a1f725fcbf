using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Judge.Api.Access;

public sealed partial class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        if (options.Keys.Count == 0)
        {
            return ValidateOptionsResult.Fail(
                "Access:Keys is empty: configure at least one API key (Name, Sha256 of the key, Roles); see docs/api.md, section Access");
        }
        var errors = new List<string>();
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            if (!KeyName().IsMatch(key.Name))
            {
                errors.Add($"Access:Keys:{i}:Name must be 1-64 letters, digits, '.', '_' or '-'");
            }
            if (!Sha256Hex().IsMatch(key.Sha256))
            {
                errors.Add($"Access:Keys:{i}:Sha256 must be the 64 hex digits of the key's SHA-256 (never the key itself)");
            }
            if (key.Roles.Count == 0 || key.Roles.Any(r => !Roles.All.Contains(r)))
            {
                errors.Add($"Access:Keys:{i}:Roles must list one or more of: {string.Join(", ", Roles.All)}");
            }
        }
        foreach (var duplicate in options.Keys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"Access:Keys: the name '{duplicate.Key}' is used by more than one key");
        }
        foreach (var duplicate in options.Keys.GroupBy(k => k.Sha256, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"Access:Keys: keys {string.Join(", ", duplicate.Select(k => $"'{k.Name}'"))} have the same hash");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // No ':' allowed: the owner name is part of Redis key names (idempotency keys). No '@': the self-check's
    // submissions belong to "@self-check" (Uploads/SelfCheck.cs), which no key may read.
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyName();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
