using Google.Protobuf;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>
/// A stored session as it stands: when it was ended early (null while it was not), the extra time ExtendSession gave it,
/// when the candidate first opened it and was last active (submission or draft), each null until then.
/// </summary>
public sealed record SessionRecord(StoredSession Session, DateTimeOffset? EndedAt, TimeSpan Extra = default,
    DateTimeOffset? OpenedAt = null, DateTimeOffset? ActiveAt = null)
{
    /// <summary>When the window closes: its planned end plus extensions, or when it was ended early if that was sooner.</summary>
    public DateTimeOffset EndsAt
    {
        get
        {
            var planned = Session.EndsAt.ToDateTimeOffset() + Extra;
            return EndedAt is { } ended && ended < planned ? ended : planned;
        }
    }

    public DateTimeOffset StartsAt => Session.StartsAt.ToDateTimeOffset();

    public bool IsOpen(DateTimeOffset now) => now >= StartsAt && now < EndsAt;
}

/// <summary>
/// Assessment sessions in Redis (<see cref="RedisKeys.Session"/>): the session, its submissions, extensions and the
/// index the pipeline lists them by. Every write may be retried: creating writes the same value again, ending keeps the
/// first end, a first opening keeps the first time. A session and every key of it expire
/// <see cref="RetentionOptions.Sessions"/> after its planned end (extensions included), and pin its problems' versions
/// (<see cref="RedisKeys.ProblemPins"/>) until then, so its report can read them. Submissions join a session in
/// <see cref="SubmissionStore.CreateAsync"/>, drafts in <see cref="SessionDraftStore"/>, recorded activity in
/// <see cref="SessionActivityStore"/>.
/// </summary>
public sealed class SessionStore(RedisExecutor redis, RedisKeys keys, IOptions<RetentionOptions> retention)
{
    private const string SessionField = "session";
    private const string EndedField = "ended_at_ms";
    private const string ExtraField = "extra_ms";
    private const string OpenedField = "opened_at_ms";
    private const string ActiveField = "active_at_ms";

    /// <summary>Lua: moves key k's expiry to at (ms) unless it expires later already (a key without one gets it).</summary>
    private const string ExpireNotBeforeFunction = """
        local function expire_not_before(k, at)
          local t = redis.call('PEXPIRETIME', k)
          if t == -1 or (t >= 0 and t < at) then redis.call('PEXPIREAT', k, at) end
        end
        """;

    // KEYS: the session, the creator's index, the creator's index for this candidate, then each problem's pins; ARGV:
    // the session, when it expires (ms since the epoch), its start (ms), its id, then each problem's pinned version. A
    // pin only ever moves later (GT), so a retry, or another session, never shortens one.
    private const string CreateScript = ExpireNotBeforeFunction + "\n" + """
        redis.call('HSET', KEYS[1], 'session', ARGV[1])
        redis.call('PEXPIREAT', KEYS[1], ARGV[2])
        for i = 2, 3 do
          redis.call('ZADD', KEYS[i], ARGV[3], ARGV[4])
          expire_not_before(KEYS[i], tonumber(ARGV[2]))
        end
        for i = 4, #KEYS do redis.call('ZADD', KEYS[i], 'GT', ARGV[2], ARGV[i + 1]) end
        """;

    // Only while the session exists, so an end racing the session's expiry cannot leave a hash without one.
    private const string EndScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSETNX', KEYS[1], 'ended_at_ms', ARGV[1]) end
        """;

    private const string OpenedScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSETNX', KEYS[1], 'opened_at_ms', ARGV[1]) end
        """;

    // KEYS: the session, its extensions, its submissions, in-flight set, drafts, the creator's two index keys, its
    // activity, its editors' lengths, then each problem's pins; ARGV: extra (ms), the most extra in all (ms), the extension, the call's id, then each problem's
    // pinned version. Every key of the session keeps its expiry relative to the new end. A retry of an applied call
    // finds its id and changes nothing. Answers {1, total extra ms}, {-1} (no session), {-2} (ended early) or
    // {-3, total extra ms so far} (over the most).
    private const string ExtendScript = ExpireNotBeforeFunction + "\n" + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return {-1, 0} end
        if redis.call('HEXISTS', KEYS[1], 'extension:' .. ARGV[4]) == 1 then
          return {1, tonumber(redis.call('HGET', KEYS[1], 'extra_ms') or '0')}
        end
        if redis.call('HEXISTS', KEYS[1], 'ended_at_ms') == 1 then return {-2, 0} end
        local extra = tonumber(redis.call('HGET', KEYS[1], 'extra_ms') or '0')
        if extra + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return {-3, extra} end
        extra = redis.call('HINCRBY', KEYS[1], 'extra_ms', ARGV[1])
        redis.call('HSET', KEYS[1], 'extension:' .. ARGV[4], 1)
        redis.call('RPUSH', KEYS[2], ARGV[3])
        local expires = redis.call('PEXPIRETIME', KEYS[1])
        if expires > 0 then
          local at = expires + tonumber(ARGV[1])
          for i = 1, 9 do
            if redis.call('EXISTS', KEYS[i]) == 1 then expire_not_before(KEYS[i], at) end
          end
          for i = 10, #KEYS do redis.call('ZADD', KEYS[i], 'GT', at, ARGV[i - 5]) end
        end
        return {1, extra}
        """;

    // KEYS: the session, its submissions, then each problem's pins; ARGV: when it expires (ms since the epoch), then
    // each problem's pinned version. For a session stored before sessions expired: only one without an expiry.
    private const string RetainScript = """
        if redis.call('PTTL', KEYS[1]) ~= -1 then return 0 end
        redis.call('PEXPIREAT', KEYS[1], ARGV[1])
        if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIREAT', KEYS[2], ARGV[1]) end
        for i = 3, #KEYS do redis.call('ZADD', KEYS[i], 'GT', ARGV[1], ARGV[i - 1]) end
        return 1
        """;

    /// <summary>
    /// Stores the session, to expire <see cref="RetentionOptions.Sessions"/> after its planned end (or now, when that is
    /// past), indexes it under its creator (and candidate) and pins its problems' versions until then, in one script (a
    /// retry writes the same again).
    /// </summary>
    public Task CreateAsync(StoredSession session, CancellationToken cancellationToken)
    {
        var expiresAt = ExpiresAt(session);
        RedisKey[] scriptKeys =
        [
            keys.Session(session.Id), keys.SessionsByCreator(session.CreatedBy), keys.SessionsByCandidate(session.CreatedBy, session.CandidateRef),
            .. session.Problems.Select(p => keys.ProblemPins(p.ProblemId)),
        ];
        RedisValue[] arguments =
        [
            session.ToByteArray(), expiresAt, session.StartsAt.ToDateTimeOffset().ToUnixTimeMilliseconds(), session.Id,
            .. session.Problems.Select(p => (RedisValue)p.Version),
        ];
        return redis.ExecuteAsync(db => db.ScriptEvaluateAsync(CreateScript, scriptKeys, arguments), cancellationToken);
    }

    /// <summary>
    /// Gives a session stored without an expiry (before sessions expired) the expiry and pins <see cref="CreateAsync"/>
    /// gives; true when it had none. A retry finds the expiry set and changes nothing.
    /// </summary>
    public async Task<bool> RetainAsync(StoredSession session, CancellationToken cancellationToken)
    {
        RedisKey[] scriptKeys =
        [
            keys.Session(session.Id), keys.SessionSubmissions(session.Id), .. session.Problems.Select(p => keys.ProblemPins(p.ProblemId)),
        ];
        RedisValue[] arguments = [ExpiresAt(session), .. session.Problems.Select(p => (RedisValue)p.Version)];
        return (long)await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(RetainScript, scriptKeys, arguments), cancellationToken) == 1;
    }

    /// <summary>When a session expires, ms since the epoch: a session whose window is over already is kept as long from now.</summary>
    private long ExpiresAt(StoredSession session)
    {
        var ends = session.EndsAt.ToDateTimeOffset();
        var now = DateTimeOffset.UtcNow;
        return ((ends > now ? ends : now) + retention.Value.Sessions).ToUnixTimeMilliseconds();
    }

    /// <summary>The session, or null when it does not exist.</summary>
    public async Task<SessionRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Session(id), [SessionField, EndedField, ExtraField, OpenedField, ActiveField]), cancellationToken);
        if (values[0].IsNull)
        {
            return null;
        }
        return new SessionRecord(StoredSession.Parser.ParseFrom((byte[])values[0]!), Time(values[1]),
            values[2].IsNull ? TimeSpan.Zero : TimeSpan.FromMilliseconds((long)values[2]), Time(values[3]), Time(values[4]));
    }

    private static DateTimeOffset? Time(RedisValue msSinceEpoch) =>
        msSinceEpoch.IsNull ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)msSinceEpoch);

    /// <summary>Ends the session at <paramref name="now"/> unless it was ended before (the first end stays); returns the session as stored.</summary>
    public async Task<SessionRecord?> EndAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            return null;
        }
        await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(EndScript, [keys.Session(id)], [now.ToUnixTimeMilliseconds()]), cancellationToken);
        return await FindAsync(id, cancellationToken);
    }

    /// <summary>Records that the candidate opened the session at <paramref name="now"/>, unless an earlier opening is recorded.</summary>
    public Task MarkOpenedAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.ScriptEvaluateAsync(OpenedScript, [keys.Session(id)], [now.ToUnixTimeMilliseconds()]), cancellationToken);

    public enum ExtendOutcome { Extended, Missing, EndedEarly, OverLimit }

    /// <summary>The outcome and the session's extra time in all after it (before it, for <see cref="ExtendOutcome.OverLimit"/>).</summary>
    public sealed record ExtendResult(ExtendOutcome Outcome, TimeSpan TotalExtra);

    /// <summary>
    /// Moves the session's end <paramref name="extension"/>'s extra later, and every key of the session's expiry with it,
    /// in one script, unless it was ended early or its extensions would add up to more than <paramref name="maxTotal"/>.
    /// A retry of the script after its first run was applied finds this call's id and extends nothing more.
    /// </summary>
    public async Task<ExtendResult> ExtendAsync(SessionRecord record, SessionExtension extension, TimeSpan maxTotal, CancellationToken cancellationToken)
    {
        var session = record.Session;
        RedisKey[] scriptKeys =
        [
            keys.Session(session.Id), keys.SessionExtensions(session.Id), keys.SessionSubmissions(session.Id), keys.SessionInFlight(session.Id),
            keys.SessionDrafts(session.Id), keys.SessionsByCreator(session.CreatedBy), keys.SessionsByCandidate(session.CreatedBy, session.CandidateRef),
            keys.SessionActivity(session.Id), keys.SessionEditorLengths(session.Id),
            .. session.Problems.Select(p => keys.ProblemPins(p.ProblemId)),
        ];
        RedisValue[] arguments =
        [
            (long)extension.Extra.ToTimeSpan().TotalMilliseconds, (long)maxTotal.TotalMilliseconds, extension.ToByteArray(), Guid.NewGuid().ToString("N"),
            .. session.Problems.Select(p => (RedisValue)p.Version),
        ];
        var result = (RedisResult[])(await redis.ExecuteAsync(db => db.ScriptEvaluateAsync(ExtendScript, scriptKeys, arguments), cancellationToken))!;
        var extra = TimeSpan.FromMilliseconds((long)result[1]);
        return (long)result[0] switch
        {
            1 => new ExtendResult(ExtendOutcome.Extended, extra),
            -2 => new ExtendResult(ExtendOutcome.EndedEarly, extra),
            -3 => new ExtendResult(ExtendOutcome.OverLimit, extra),
            _ => new ExtendResult(ExtendOutcome.Missing, extra),
        };
    }

    /// <summary>The session's extensions, oldest first.</summary>
    public async Task<IReadOnlyList<SessionExtension>> ExtensionsAsync(string id, CancellationToken cancellationToken)
    {
        var values = await redis.ExecuteAsync(db => db.ListRangeAsync(keys.SessionExtensions(id)), cancellationToken);
        return values.Select(v => SessionExtension.Parser.ParseFrom((byte[])v!)).ToList();
    }

    /// <summary>The session's submission ids, oldest first.</summary>
    public async Task<IReadOnlyList<string>> SubmissionIdsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var ids = await redis.ExecuteAsync(db => db.SortedSetRangeByRankAsync(keys.SessionSubmissions(sessionId)), cancellationToken);
        return ids.Select(id => (string)id!).ToList();
    }
}
