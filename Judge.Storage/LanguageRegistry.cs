using Google.Protobuf;
using Judge.Contracts.V1;

namespace Judge.Storage;

/// <summary>The languages that running workers serve, with the versions they read from their images.</summary>
public sealed class LanguageRegistry(RedisExecutor redis, RedisKeys keys)
{
    /// <summary>Stores the language under its id. A retry stores the same value again (HSET): idempotent.</summary>
    public Task RegisterAsync(Language language, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.HashSetAsync(keys.Languages, language.Id, language.ToByteArray()), cancellationToken);

    public async Task<IReadOnlyList<Language>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = await redis.ExecuteAsync(db => db.HashGetAllAsync(keys.Languages), cancellationToken);
        return entries.Select(entry => Language.Parser.ParseFrom((byte[])entry.Value!))
            .OrderBy(language => language.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Language?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var value = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Languages, id), cancellationToken);
        return value.IsNull ? null : Language.Parser.ParseFrom((byte[])value!);
    }
}
