using Google.Protobuf;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Judge.Storage;

/// <summary>A stored session and when it was ended early (null while it was not).</summary>
public sealed record SessionRecord(StoredSession Session, DateTimeOffset? EndedAt)
{
    /// <summary>When the window closes: its end, or when it was ended early if that was sooner.</summary>
    public DateTimeOffset EndsAt
    {
        get
        {
            var planned = Session.EndsAt.ToDateTimeOffset();
            return EndedAt is { } ended && ended < planned ? ended : planned;
        }
    }

    public DateTimeOffset StartsAt => Session.StartsAt.ToDateTimeOffset();

    public bool IsOpen(DateTimeOffset now) => now >= StartsAt && now < EndsAt;
}

/// <summary>
/// Assessment sessions in Redis (<see cref="RedisKeys.Session"/>): the session, its submissions, and its RUN gate. Every
/// write may be retried: creating writes the same value again, ending keeps the first end, a submission is a set member.
/// A session and its list of submissions expire <see cref="RetentionOptions.Sessions"/> after its planned end, and pin
/// its problems' versions (<see cref="RedisKeys.ProblemPins"/>) until then, so its report can read them.
/// </summary>
public sealed class SessionStore(RedisExecutor redis, RedisKeys keys, IOptions<RetentionOptions> retention)
{
    private const string SessionField = "session";
    private const string EndedField = "ended_at_ms";

    // KEYS: the session, then each problem's pins; ARGV: the session, when it expires (ms since the epoch), then each
    // problem's pinned version. A pin only ever moves later (GT), so a retry, or another session, never shortens one.
    private const string CreateScript = """
        redis.call('HSET', KEYS[1], 'session', ARGV[1])
        redis.call('PEXPIREAT', KEYS[1], ARGV[2])
        for i = 2, #KEYS do redis.call('ZADD', KEYS[i], 'GT', ARGV[2], ARGV[i + 1]) end
        """;

    // KEYS: the session, its submissions; ARGV: submission id, created at (ms), the lifetime of a list whose session
    // is gone (ms). The list expires with its session.
    private const string AddSubmissionScript = """
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl)
        elseif ttl == -2 then redis.call('PEXPIRE', KEYS[2], ARGV[3]) end
        """;

    // Only while the session exists, so an end racing the session's expiry cannot leave a hash without one.
    private const string EndScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSETNX', KEYS[1], 'ended_at_ms', ARGV[1]) end
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
    /// past), and pins its problems' versions until then, in one script (a retry writes the same again).
    /// </summary>
    public Task CreateAsync(StoredSession session, CancellationToken cancellationToken)
    {
        var expiresAt = ExpiresAt(session);
        RedisKey[] scriptKeys = [keys.Session(session.Id), .. session.Problems.Select(p => keys.ProblemPins(p.ProblemId))];
        RedisValue[] arguments = [session.ToByteArray(), expiresAt, .. session.Problems.Select(p => (RedisValue)p.Version)];
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
        var values = await redis.ExecuteAsync(db => db.HashGetAsync(keys.Session(id), [SessionField, EndedField]), cancellationToken);
        if (values[0].IsNull)
        {
            return null;
        }
        DateTimeOffset? ended = values[1].IsNull ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]);
        return new SessionRecord(StoredSession.Parser.ParseFrom((byte[])values[0]!), ended);
    }

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

    /// <summary>Adds a submission to the session's list, which expires with the session (a retry adds the same member again).</summary>
    public Task AddSubmissionAsync(string sessionId, string submissionId, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.ScriptEvaluateAsync(AddSubmissionScript, [keys.Session(sessionId), keys.SessionSubmissions(sessionId)],
            [submissionId, createdAt.ToUnixTimeMilliseconds(), (long)retention.Value.Sessions.TotalMilliseconds]), cancellationToken);

    /// <summary>The session's submission ids, oldest first; the newest <paramref name="newest"/> only when given.</summary>
    public async Task<IReadOnlyList<string>> SubmissionIdsAsync(string sessionId, int? newest, CancellationToken cancellationToken)
    {
        var start = newest is { } count ? -count : 0;
        var ids = await redis.ExecuteAsync(db => db.SortedSetRangeByRankAsync(keys.SessionSubmissions(sessionId), start, -1), cancellationToken);
        return ids.Select(id => (string)id!).ToList();
    }

    /// <summary>
    /// Passes the session's RUN gate, which then stays shut for <paramref name="interval"/>; when it is shut already,
    /// returns how long it stays so (at least 1 ms).
    /// </summary>
    public async Task<TimeSpan?> TryPassRunGateAsync(string sessionId, TimeSpan interval, CancellationToken cancellationToken)
    {
        var key = keys.SessionRunGate(sessionId);
        if (await redis.ExecuteAsync(db => db.StringSetAsync(key, 1, interval, When.NotExists), cancellationToken))
        {
            return null;
        }
        var left = await redis.ExecuteAsync(db => db.KeyTimeToLiveAsync(key), cancellationToken);
        return left is { } time && time > TimeSpan.Zero ? time : TimeSpan.FromMilliseconds(1);
    }
}
