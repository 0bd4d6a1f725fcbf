using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// The languages that running workers serve, with the versions they read from their images. A language is listed
/// while at least one worker announces it (presence with an expiry, renewed by the worker); one whose last worker
/// stopped (withdrawn) or died (its presence expired) leaves the list but stays known, so submissions in it are still
/// accepted and wait in the queue for a worker that serves it. Times are the Redis server's clock.
/// </summary>
public sealed class LanguageRegistry(RedisExecutor redis, RedisKeys keys)
{
    // ARGV[1]: the workers' key base. Returns the Language values of every language with a live worker, dropping
    // expired presences on the way.
    private const string ListLiveScript = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local entries = redis.call('HGETALL', KEYS[1])
        local live = {}
        for i = 1, #entries, 2 do
          local workers = ARGV[1] .. entries[i]
          redis.call('ZREMRANGEBYSCORE', workers, '-inf', now)
          if redis.call('ZCARD', workers) > 0 then table.insert(live, entries[i + 1]) end
        end
        return live
        """;

    // ARGV[1]: the workers' key base, ARGV[2]: the worker, ARGV[3]: time to live in ms, ARGV[4..]: language ids.
    private const string AnnounceScript = """
        local time = redis.call('TIME')
        local expiry = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) + tonumber(ARGV[3])
        for i = 4, #ARGV do
          local workers = ARGV[1] .. ARGV[i]
          redis.call('ZADD', workers, expiry, ARGV[2])
          redis.call('PEXPIRE', workers, ARGV[3])
        end
        return #ARGV - 3
        """;

    /// <summary>Stores the language under its id. A retry stores the same value again (HSET): idempotent.</summary>
    public Task RegisterAsync(Language language, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.HashSetAsync(keys.Languages, language.Id, language.ToByteArray()), cancellationToken);

    /// <summary>
    /// Says that <paramref name="worker"/> serves <paramref name="languageIds"/> for the next <paramref name="timeToLive"/>
    /// (renew before it runs out). A retry sets the same presence again: idempotent.
    /// </summary>
    public Task AnnounceAsync(string worker, IReadOnlyCollection<string> languageIds, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        languageIds.Count == 0
            ? Task.CompletedTask
            : redis.ExecuteAsync(db => db.ScriptEvaluateAsync(AnnounceScript, [],
                [keys.LanguageWorkersBase, worker, (long)timeToLive.TotalMilliseconds, .. languageIds.Select(id => (RedisValue)id)]), cancellationToken);

    /// <summary>Says that <paramref name="worker"/> no longer serves <paramref name="languageIds"/> (it is stopping). Idempotent.</summary>
    public Task WithdrawAsync(string worker, IReadOnlyCollection<string> languageIds, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(async db =>
        {
            var batch = db.CreateBatch();
            var removals = languageIds.Select(id => batch.SortedSetRemoveAsync(keys.LanguageWorkers(id), worker)).ToList();
            batch.Execute();
            await Task.WhenAll(removals);
        }, cancellationToken);

    /// <summary>The languages at least one live worker serves, by id.</summary>
    public async Task<IReadOnlyList<Language>> ListAsync(CancellationToken cancellationToken)
    {
        var result = await redis.ExecuteAsync(
            db => db.ScriptEvaluateAsync(ListLiveScript, [keys.Languages], [keys.LanguageWorkersBase]), cancellationToken);
        return ((RedisResult[])result!).Select(value => Language.Parser.ParseFrom((byte[])value!))
            .OrderBy(language => language.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A language any worker has served (live now or not), or null: what Submit accepts.</summary>
    public async Task<Language?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var value = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Languages, id), cancellationToken);
        return value.IsNull ? null : Language.Parser.ParseFrom((byte[])value!);
    }
}
