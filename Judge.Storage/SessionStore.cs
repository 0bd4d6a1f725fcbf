using Google.Protobuf;
using Judge.Contracts.V1;
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
/// </summary>
public sealed class SessionStore(RedisExecutor redis, RedisKeys keys)
{
    private const string SessionField = "session";
    private const string EndedField = "ended_at_ms";

    public Task CreateAsync(StoredSession session, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.HashSetAsync(keys.Session(session.Id), SessionField, session.ToByteArray()), cancellationToken);

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
        await redis.ExecuteAsync(db => db.HashSetAsync(keys.Session(id), EndedField, now.ToUnixTimeMilliseconds(), When.NotExists), cancellationToken);
        return await FindAsync(id, cancellationToken);
    }

    public Task AddSubmissionAsync(string sessionId, string submissionId, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        redis.ExecuteAsync(db => db.SortedSetAddAsync(keys.SessionSubmissions(sessionId), submissionId, createdAt.ToUnixTimeMilliseconds()), cancellationToken);

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
