using System.Collections.Frozen;

namespace Judge.Worker.Sandbox;

/// <summary>
/// What a sandbox of one language is started from: its image, the memory of the whole container before a
/// submission's limits are set (MiB, the compile's), and the compiler to prestart while it waits in the pool (null:
/// none). Built from the language table (<c>Languages/LanguageSandboxes</c>), so the sandbox knows no language rules.
/// </summary>
public sealed record SandboxSpec(string LanguageId, string Image, int CompileMemoryMiB, ExecRequest? Prestart);

/// <summary>The languages the pool keeps warm, by id, each with the <see cref="SandboxSpec"/> it starts and prestarts.</summary>
public sealed class WarmUpSpecs(IEnumerable<SandboxSpec> specs)
{
    private readonly FrozenDictionary<string, SandboxSpec> _specs = specs.ToFrozenDictionary(spec => spec.LanguageId, StringComparer.Ordinal);

    /// <exception cref="KeyNotFoundException">The pool keeps no sandbox of <paramref name="languageId"/>.</exception>
    public SandboxSpec this[string languageId] => _specs[languageId];

    public IEnumerable<string> LanguageIds => _specs.Keys;
}
