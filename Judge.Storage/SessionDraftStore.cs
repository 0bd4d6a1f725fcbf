using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>
/// The candidate's drafts, one per problem and language (<see cref="RedisKeys.SessionDrafts"/>), kept as long as the
/// session: a save is one script that passes the session's draft gate (one save per interval), stores the draft, gives
/// the drafts the session's expiry and records the candidate's last activity.
/// </summary>
public sealed class SessionDraftStore(RedisExecutor redis, RedisKeys keys)
{
    // KEYS: the session, its drafts, its draft gate; ARGV: field, draft, gate interval (ms), now (ms). Answers 1, 0 (no
    // session) or the gate's time left (ms) as a negative number.
    private const string SaveScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        if tonumber(ARGV[3]) > 0 then
          if redis.call('SET', KEYS[3], '1', 'PX', ARGV[3], 'NX') == false then
            return -math.max(redis.call('PTTL', KEYS[3]), 1)
          end
        end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        local expires = redis.call('PEXPIRETIME', KEYS[1])
        if expires > 0 then redis.call('PEXPIREAT', KEYS[2], expires) end
        redis.call('HSET', KEYS[1], 'active_at_ms', ARGV[4])
        return 1
        """;

    public enum SaveOutcome { Saved, Missing, TooSoon }

    /// <summary>The outcome and, when too soon, how long until the next save may go through.</summary>
    public sealed record SaveResult(SaveOutcome Outcome, TimeSpan RetryAfter);

    /// <summary>Stores <paramref name="draft"/> over the session's earlier draft of its problem and language.</summary>
    public async Task<SaveResult> SaveAsync(string sessionId, Draft draft, TimeSpan interval, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys = [keys.Session(sessionId), keys.SessionDrafts(sessionId), keys.SessionDraftGate(sessionId)];
        RedisValue[] arguments =
        [
            Field(draft.ProblemId, draft.Language), draft.ToByteArray(), (long)interval.TotalMilliseconds,
            draft.SavedAt.ToDateTimeOffset().ToUnixTimeMilliseconds(),
        ];
        var result = (long)await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(SaveScript, scriptKeys, arguments), cancellationToken);
        return result switch
        {
            1 => new SaveResult(SaveOutcome.Saved, TimeSpan.Zero),
            0 => new SaveResult(SaveOutcome.Missing, TimeSpan.Zero),
            _ => new SaveResult(SaveOutcome.TooSoon, TimeSpan.FromMilliseconds(-result)),
        };
    }

    /// <summary>Every draft of the session, ordered by problem id, then language.</summary>
    public async Task<IReadOnlyList<Draft>> ListAsync(string sessionId, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.HashValuesAsync(keys.SessionDrafts(sessionId)), cancellationToken);
        return values.Select(v => Draft.Parser.ParseFrom((byte[])v!))
            .OrderBy(d => d.ProblemId, StringComparer.Ordinal).ThenBy(d => d.Language, StringComparer.Ordinal).ToList();
    }

    // Problem ids and language ids contain no '/'.
    private static string Field(string problemId, string language) => $"{problemId}/{language}";
}
