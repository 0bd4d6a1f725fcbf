using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Judge.Domain.Functions;

/// <summary>
/// The languages function-style problems are written in, keyed by language family (function-languages.json, embedded in
/// this assembly): the API shows their stubs, the worker spells its harnesses with them. Read-only once loaded.
/// </summary>
public sealed class FunctionLanguages
{
    private const string Resource = "Judge.Domain.Functions.function-languages.json";

    private readonly FrozenDictionary<string, FunctionLanguage> _languages;

    private FunctionLanguages(FrozenDictionary<string, FunctionLanguage> languages) => _languages = languages;

    /// <summary>The table shipped with this assembly.</summary>
    /// <exception cref="InvalidOperationException">The embedded table is missing or malformed (a build fault).</exception>
    public static FunctionLanguages Load()
    {
        using var stream = typeof(FunctionLanguages).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing");
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        var rows = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(stream, options)
            ?? throw new InvalidOperationException($"{Resource} is empty");
        var table = rows.ToDictionary(row => row.Key,
            row => row.Value.Deserialize<FunctionLanguage>(options) ?? throw new InvalidOperationException($"{Resource}: {row.Key} is empty"));
        foreach (var (id, language) in table)
        {
            if (Enum.GetValues<ScalarType>().FirstOrDefault(s => !language.Scalars.ContainsKey(s)) is var missing && !language.Scalars.ContainsKey(missing))
            {
                throw new InvalidOperationException($"{Resource}: {id} has no name for {missing}");
            }
        }
        return new FunctionLanguages(table.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The spelling of a language family (a language id's family: the worker's language table says which, e.g. pypy is python).</summary>
    public bool TryGet(string languageId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FunctionLanguage? language) =>
        _languages.TryGetValue(languageId, out language);

    /// <summary>The stub of <paramref name="signature"/> in <paramref name="languageId"/>, or null when the language has no row.</summary>
    public string? StubFor(string languageId, FunctionSignature signature) =>
        TryGet(languageId, out var language) ? language.StubFor(signature) : null;
}
